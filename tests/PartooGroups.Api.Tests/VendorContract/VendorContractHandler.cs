using System.Text.Json.Nodes;

namespace PartooGroups.Api.Tests.VendorContract;

/// <summary>
/// Sits in every test client: each response to a request that stands for a vendor operation is checked against the
/// vendor's schema for that operation and status, so a body that drifts from the vendor's shape fails whatever test
/// produced it. The counts are written to vendor-conformance.txt when the test run ends.
/// </summary>
public sealed class VendorContractHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken);
        var operation = VendorDocument.Find(request.Method, request.RequestUri!.AbsolutePath);
        if (operation is null)
        {
            return response;
        }

        var status = (int)response.StatusCode;
        if (!operation.Responses.TryGetValue(status, out var schema))
        {
            ConformanceCounters.StatusNotDocumented(operation, status);
            return response;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        if (status == 400 && body?["errors"]?["json"] is JsonValue)
        {
            // The contract (section 2) answers a body that is not a JSON object with errors.json as a string, where the
            // vendor's generic 400 schema says object: a documented deviation, counted apart.
            ConformanceCounters.ContractDeviation(operation, status);
            return response;
        }

        var errors = SchemaValidator.Validate(body, schema);
        Assert.True(
            errors.Count == 0,
            $"{operation.OperationId} answered {status} with a body that does not match the vendor's schema:{Environment.NewLine}"
            + string.Join(Environment.NewLine, errors) + Environment.NewLine + body?.ToJsonString());
        ConformanceCounters.Validated(operation, status);
        return response;
    }
}

using System.Net;
using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.VendorContract;

/// <summary>
/// Every operationId, path, parameter and status of the vendor's fragments (openapi/vendor) appears in the document the
/// sandbox serves, and the vendor's success properties are served with the same types.
/// </summary>
public sealed class ServedDocumentCoversVendorTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    public static TheoryData<string> VendorOperations() => new(VendorDocument.Operations.Select(o => o.OperationId));

    [Theory]
    [MemberData(nameof(VendorOperations))]
    public async Task ServedDocument_HasTheVendorOperationWithItsPathParametersAndStatuses(string operationId)
    {
        // Arrange
        var (path, method, vendor) = VendorOperation(operationId);

        // Act
        var served = await ServedDocumentAsync();

        // Assert
        var operation = served["paths"]?["/v2" + path]?[method];
        Assert.True(operation is not null, $"The served document has no {method.ToUpperInvariant()} /v2{path}.");
        Assert.Equal(operationId, operation["operationId"]?.GetValue<string>());

        foreach (var parameter in (vendor["parameters"] as JsonArray ?? []).Select(p => VendorDocument.Resolve(VendorDocument.Root, p!)))
        {
            var name = parameter["name"]!.GetValue<string>();
            var match = (operation["parameters"] as JsonArray ?? []).FirstOrDefault(p => p?["name"]?.GetValue<string>() == name);
            Assert.True(match is not null, $"{operationId}: parameter {name} is not served.");
            Assert.Equal(parameter["in"]!.GetValue<string>(), match["in"]!.GetValue<string>());
            Assert.Equal(parameter["schema"]!["type"]!.GetValue<string>(), match["schema"]!["type"]!.GetValue<string>());
        }

        foreach (var (status, _) in vendor["responses"]!.AsObject())
        {
            Assert.True(operation["responses"]?[status] is not null, $"{operationId}: status {status} is not documented.");
        }
    }

    [Theory]
    [MemberData(nameof(VendorOperations))]
    public async Task ServedDocument_ServesTheVendorSuccessPropertiesWithTheirTypes(string operationId)
    {
        // Arrange
        var vendorSchema = VendorDocument.Operations.Single(o => o.OperationId == operationId).Responses[200];
        var (path, method, _) = VendorOperation(operationId);

        // Act
        var served = await ServedDocumentAsync();

        // Assert
        var servedSchema = Resolve(served, served["paths"]!["/v2" + path]![method]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!);
        foreach (var (name, property) in VendorDocument.Resolve(VendorDocument.Root, vendorSchema)["properties"]!.AsObject())
        {
            var expected = Types(VendorDocument.Resolve(VendorDocument.Root, property!));
            var actual = servedSchema["properties"]?[name] is { } servedProperty ? Types(Resolve(served, servedProperty)) : null;
            Assert.True(actual is not null, $"{operationId}: 200 property {name} is not served.");
            Assert.True(expected.SetEquals(actual), $"{operationId}: 200 property {name} is {string.Join("|", actual)}, the vendor says {string.Join("|", expected)}.");
        }
    }

    private static (string Path, string Method, JsonNode Operation) VendorOperation(string operationId) =>
        VendorDocument.Root["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => (Path: p.Key, Method: m.Key, Operation: m.Value!)))
            .Single(o => o.Operation["operationId"]!.GetValue<string>() == operationId);

    private async Task<JsonNode> ServedDocumentAsync()
    {
        var response = await sandbox.CreateClient(apiKey: null).GetAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);
        return await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    private static JsonNode Resolve(JsonNode document, JsonNode node) =>
        node["$ref"]?.GetValue<string>() is { } reference
            ? Resolve(document, reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(document, (n, s) => n[s]!))
            : node;

    /// <summary>A schema's type names (OpenAPI 3.0 <c>nullable: true</c> counted as <c>null</c>).</summary>
    private static HashSet<string> Types(JsonNode schema)
    {
        HashSet<string> types = schema["type"] switch
        {
            JsonArray list => list.Select(t => t!.GetValue<string>()).ToHashSet(StringComparer.Ordinal),
            JsonValue single => [single.GetValue<string>()],
            _ => [],
        };
        if (schema["nullable"]?.GetValue<bool>() == true)
        {
            types.Add("null");
        }

        return types;
    }
}

using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.BadInput;

/// <summary>
/// Sends one row and checks it: never a 5xx; a refusal is a 4xx in the vendor's error shape and, for a write, leaves the
/// database file and its WAL byte for byte as they were.
/// </summary>
public static class BadInputRunner
{
    public static async Task RunAsync(SandboxFactory sandbox, string row)
    {
        // Arrange
        ArgumentNullException.ThrowIfNull(sandbox);
        var @case = BadInputMatrix.Case(row);
        var client = sandbox.CreateClient(@case.Route.ApiKey);
        var before = @case.Route.IsWrite ? await DatabaseFiles.ReadSettledAsync(sandbox.DatabasePath) : null;
        using var request = @case.ToRequest();

        // Act
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        // Assert
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var status = (int)response.StatusCode;
        var shown = $"{status} {(text.Length > 300 ? text[..300] + "..." : text)}";
        Assert.True(status < 500, $"{row}: a 5xx: {shown}");
        if (status < 400)
        {
            Assert.True(@case.Expect.Outcome == Outcome.AcceptedOrRefused, $"{row}: accepted: {shown}");
            return;
        }

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var errors = VendorErrors(JsonNode.Parse(text));
        Assert.True(errors is not null, $"{row}: not the vendor's error shape: {shown}");
        var expect = @case.Expect;
        switch (expect.Outcome)
        {
            case Outcome.Exact:
                Assert.True(status == expect.Status && JsonNode.DeepEquals(JsonNode.Parse(expect.Body!), JsonNode.Parse(text)),
                    $"{row}: expected {expect.Status} {expect.Body} but got {shown}");
                break;
            case Outcome.FieldError:
                Assert.True(status == 400 && errors["json"] is JsonObject fields && fields.ContainsKey(expect.Field!),
                    $"{row}: expected 400 on {expect.Field} but got {shown}");
                break;
            case Outcome.BadJson:
                Assert.True(status == 400 && errors["json"] is JsonValue, $"{row}: expected 400 {{\"errors\":{{\"json\":\"<message>\"}}}} but got {shown}");
                break;
        }

        before?.ShouldEqual(DatabaseFiles.Read(sandbox.DatabasePath), row);
    }

    /// <summary>The <c>errors</c> object of a body in one of the vendor's shapes, or null.</summary>
    private static JsonObject? VendorErrors(JsonNode? body)
    {
        if (body is not JsonObject { Count: 1 } root || root["errors"] is not JsonObject { Count: 1 } errors)
        {
            return null;
        }

        var (key, value) = errors.First();
        var valid = key switch
        {
            "authentication" or "authorization" => IsText(value),
            "json" => IsText(value) || (value is JsonObject { Count: > 0 } fields && fields.All(f => IsText(f.Value))),
            _ => false,
        };
        return valid ? errors : null;
    }

    private static bool IsText(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrEmpty(text);
}

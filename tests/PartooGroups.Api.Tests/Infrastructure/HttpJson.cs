using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>Sends raw JSON text and asserts raw JSON on the wire: the wire shape is the contract, not our DTOs.</summary>
public static class HttpJson
{
    /// <summary>POSTs <paramref name="json"/> as it is; a null <paramref name="contentType"/> sends no Content-Type header.</summary>
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json, string? contentType = "application/json")
    {
        var content = new StringContent(json, Encoding.UTF8, contentType ?? "text/plain");
        if (contentType is null)
        {
            content.Headers.ContentType = null;
        }

        return client.PostAsync(url, content, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonNode?> ReadJsonAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonNode.Parse(text);
    }

    /// <summary>Asserts the status code and that the body is exactly <paramref name="expectedJson"/> (as JSON, any formatting).</summary>
    public static async Task<JsonNode?> ShouldBeAsync(this HttpResponseMessage response, HttpStatusCode status, string expectedJson)
    {
        var body = await response.ReadJsonAsync();
        var expected = JsonNode.Parse(expectedJson);
        Assert.True(
            response.StatusCode == status && JsonNode.DeepEquals(expected, body),
            $"Expected {(int)status} {expected?.ToJsonString()}{Environment.NewLine}but got {(int)response.StatusCode} {body?.ToJsonString()}");
        return body;
    }

    /// <summary>Asserts the status code and returns the JSON body.</summary>
    public static async Task<JsonNode> ShouldHaveStatusAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode} {body?.ToJsonString()}");
        return body!;
    }

    /// <summary>Asserts 400 <c>{"errors":{"json":"&lt;message&gt;"}}</c>, the answer to a body that is not a JSON object; the message is free.</summary>
    public static async Task ShouldBeBadJsonAsync(this HttpResponseMessage response)
    {
        var body = await response.ReadJsonAsync();
        var errors = body is JsonObject { Count: 1 } root ? root["errors"] as JsonObject : null;
        var message = errors is { Count: 1 } && errors["json"] is JsonValue json && json.TryGetValue(out string? text) ? text : null;
        Assert.True(
            response.StatusCode == HttpStatusCode.BadRequest && !string.IsNullOrWhiteSpace(message),
            $"Expected 400 {{\"errors\":{{\"json\":\"<message>\"}}}}{Environment.NewLine}but got {(int)response.StatusCode} {body?.ToJsonString()}");
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>Sends raw JSON text and asserts raw JSON on the wire: the wire shape is the contract, not our DTOs.</summary>
public static class HttpJson
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json, string contentType = "application/json") =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, contentType), TestContext.Current.CancellationToken);

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
}

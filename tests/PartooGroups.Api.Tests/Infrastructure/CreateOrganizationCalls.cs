using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>createOrganization as tests call it and check it.</summary>
public static class CreateOrganizationCalls
{
    /// <summary>An alias no other test uses.</summary>
    public static string UniqueAlias(string prefix = "org") => $"{prefix}_{Guid.NewGuid():N}";

    public static Task<HttpResponseMessage> PostOrganizationAsync(this HttpClient client, string json) =>
        client.PostJsonAsync(Routes.Organizations, json);

    /// <summary>
    /// Asserts that the body is exactly <c>{"status":"success","org_id":N,"alias":...,"max_businesses":...}</c> with a positive N,
    /// and returns N.
    /// </summary>
    public static async Task<int> ShouldBeOrganizationCreatedAsync(this HttpResponseMessage response, string alias, int? maxBusinesses)
    {
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var id = body["org_id"] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out int number) ? number : 0;
        var max = maxBusinesses?.ToString(CultureInfo.InvariantCulture) ?? "null";
        var expected = JsonNode.Parse($$"""{"status":"success","org_id":{{id}},"alias":{{JsonText.Quote(alias)}},"max_businesses":{{max}}}""");
        Assert.True(
            id > 0 && JsonNode.DeepEquals(body, expected),
            $"Expected {expected!.ToJsonString()} with a positive org_id but got {body.ToJsonString()}");
        return id;
    }
}

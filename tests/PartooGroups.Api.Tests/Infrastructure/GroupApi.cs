using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>Groups made and read through the API itself.</summary>
public static class GroupApi
{
    /// <summary>A name no other test uses.</summary>
    public static string UniqueName(string prefix = "Group") => $"{prefix} {Guid.NewGuid():N}";

    /// <summary>A createGroup body; <paramref name="businessIn"/> is raw JSON, or null to leave the field out.</summary>
    public static string Body(string name, string? businessIn = null) => businessIn is null
        ? $$"""{"name":{{JsonText.Quote(name)}}}"""
        : $$"""{"name":{{JsonText.Quote(name)}},"business__in":{{businessIn}}}""";

    public static Task<HttpResponseMessage> PostGroupAsync(this HttpClient client, int sectionId, string json) =>
        client.PostJsonAsync(Routes.Groups(sectionId), json);

    /// <summary>Asserts that the body is exactly createGroup's success <c>{"status":"success","id":N}</c> with a positive N, and returns N.</summary>
    public static async Task<int> ShouldBeGroupCreatedAsync(this HttpResponseMessage response)
    {
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var id = body["id"] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out int number) ? number : 0;
        Assert.True(
            id > 0 && JsonNode.DeepEquals(body, JsonNode.Parse($$"""{"status":"success","id":{{id}}}""")),
            $"Expected {{\"status\":\"success\",\"id\":<positive int>}} but got {body.ToJsonString()}");
        return id;
    }

    /// <summary>Creates an empty group named <paramref name="name"/> (a unique name when null) and returns its id.</summary>
    public static async Task<int> CreateGroupAsync(this HttpClient client, int sectionId, string? name = null)
    {
        var response = await client.PostGroupAsync(sectionId, Body(name ?? UniqueName(), "[]"));
        return await response.ShouldBeGroupCreatedAsync();
    }

    /// <summary>Asserts that getGroup answers 200 with exactly this group, <paramref name="businessIds"/> in the order given.</summary>
    public static async Task ShouldReadGroupAsync(
        this HttpClient client, int sectionId, int groupId, string name, IEnumerable<string> businessIds, bool hasPuller = false)
    {
        var response = await client.GetAsync(Routes.Group(sectionId, groupId), TestContext.Current.CancellationToken);
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":{{groupId}},"name":{{JsonText.Quote(name)}},"has_puller":{{(hasPuller ? "true" : "false")}},
             "business_ids":{{JsonText.Strings(businessIds)}}}
            """);
    }
}

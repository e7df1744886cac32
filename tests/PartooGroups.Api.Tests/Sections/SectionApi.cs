using System.Net;
using System.Text.Json;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sections;

/// <summary>Sections and groups made through the API itself, and the Section object spelled out as JSON.</summary>
public static class SectionApi
{
    public static string UniqueName(string prefix = "Section") => $"{prefix} {Guid.NewGuid():N}";

    /// <summary>Creates a section in organization 1 as the org admin (or as <paramref name="apiKey"/>); returns its id.</summary>
    public static async Task<int> CreateSectionAsync(SandboxFactory sandbox, string? name = null, string apiKey = DemoData.OrgAdminKey)
    {
        var response = await sandbox.CreateClient(apiKey).PostJsonAsync(Routes.Sections, $$"""{"name":{{JsonSerializer.Serialize(name ?? UniqueName())}}}""");
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (int)body["id"]!;
    }

    /// <summary>Creates a group of the given businesses as the org admin; returns its id.</summary>
    public static async Task<int> CreateGroupAsync(SandboxFactory sandbox, int sectionId, params string[] businessIds)
    {
        var json = JsonSerializer.Serialize(new { name = UniqueName("Group"), business__in = businessIds });
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(Routes.Groups(sectionId), json);
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (int)body["id"]!;
    }

    /// <summary>A fresh section of organization 1 holding one group of <paramref name="businessIds"/>.</summary>
    public static async Task<(int SectionId, int GroupId)> CreateSectionWithGroupAsync(SandboxFactory sandbox, params string[] businessIds)
    {
        var sectionId = await CreateSectionAsync(sandbox);
        return (sectionId, await CreateGroupAsync(sandbox, sectionId, businessIds));
    }

    /// <summary>The body of a GET as a JSON string, after checking it answered 200.</summary>
    public static async Task<string> GetJsonAsync(SandboxFactory sandbox, string url, string apiKey = DemoData.OrgAdminKey)
    {
        var response = await sandbox.CreateClient(apiKey).GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return body.ToJsonString();
    }

    /// <summary>The name of a group or section as read back through <paramref name="url"/>.</summary>
    public static async Task<string> NameAtAsync(SandboxFactory sandbox, string url)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (string)body["name"]!;
    }

    /// <summary>The sorted business ids of a group as getGroup reads them.</summary>
    public static async Task<string[]> BusinessIdsAsync(SandboxFactory sandbox, int sectionId, int groupId)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync(Routes.Group(sectionId, groupId), TestContext.Current.CancellationToken);
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return [.. body["business_ids"]!.AsArray().Select(id => (string)id!)];
    }
}

using System.Globalization;
using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Organizations;

/// <summary>Paths of the organization routes, and a way to get a fresh organization through createOrganization.</summary>
public static class OrganizationApi
{
    public const string Search = "/v2/org/search";

    public static string Organization(int orgId) => string.Create(CultureInfo.InvariantCulture, $"/v2/org/{orgId}");

    /// <summary>Creates an organization of the demo provider with a unique name; returns its id and alias.</summary>
    public static async Task<(int OrgId, string Alias)> CreateAsync(SandboxFactory sandbox, int? maxBusinesses = null)
    {
        var max = maxBusinesses?.ToString(CultureInfo.InvariantCulture) ?? "null";
        var response = await sandbox.CreateClient(DemoData.ProviderKey)
            .PostJsonAsync(Routes.Organizations, $$"""{"name":"Org {{Guid.NewGuid():N}}","max_businesses":{{max}}}""");
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return ((int)body["org_id"]!, (string)body["alias"]!);
    }
}

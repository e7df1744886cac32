using System.Net;
using System.Text.Json;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Businesses;

/// <summary>Paths of the business routes, and a way to create a business through createBusiness.</summary>
public static class BusinessApi
{
    public const string Businesses = "/v2/business";
    public const string Search = "/v2/business/search";

    public static string Business(string businessId) => $"/v2/business/{businessId}";

    /// <summary>Creates a business from the raw JSON body as <paramref name="apiKey"/>; returns its id.</summary>
    public static async Task<string> CreateAsync(SandboxFactory sandbox, string json, string apiKey = DemoData.ProviderKey)
    {
        var response = await sandbox.CreateClient(apiKey).PostJsonAsync(Businesses, json);
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (string)body["id"]!;
    }

    /// <summary>Creates a LOCAL business named <paramref name="name"/> in organization 1 as the org admin.</summary>
    public static Task<string> CreateInOrg1Async(SandboxFactory sandbox, string? name = null, string extraJson = "") =>
        CreateAsync(sandbox, $$"""{"name":"{{name ?? "Shop " + Guid.NewGuid().ToString("N")}}"{{extraJson}}}""", DemoData.OrgAdminKey);

    /// <summary>The Business object as the API writes it.</summary>
    public static string Json(
        string id,
        int orgId,
        string name,
        int[] groups,
        string reach = "LOCAL",
        string? code = null,
        string? city = null,
        string? zipcode = null,
        string? country = null,
        string status = "open") =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["org_id"] = orgId,
            ["name"] = name,
            ["reach"] = reach,
            ["code"] = code,
            ["city"] = city,
            ["zipcode"] = zipcode,
            ["country"] = country,
            ["status"] = status,
            ["groups"] = groups,
        });

    /// <summary>The ids of the businesses of a search page, in order.</summary>
    public static async Task<string[]> SearchIdsAsync(HttpClient client, string queryString)
    {
        var response = await client.GetAsync(Search + queryString, TestContext.Current.CancellationToken);
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return [.. body["businesses"]!.AsArray().Select(b => (string)b!["id"]!)];
    }
}

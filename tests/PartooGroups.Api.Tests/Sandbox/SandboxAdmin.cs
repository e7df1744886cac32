using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sandbox;

/// <summary>The sandbox admin API as the tests call it: routes, the admin client, and a small tenant document.</summary>
public static class SandboxAdmin
{
    public const string Key = "sandbox-admin-key";
    public const string Header = "x-Sandbox-Admin-Key";

    public const string Tenants = "/_sandbox/tenants";
    public const string Reset = "/_sandbox/reset";
    public const string Export = "/_sandbox/export";
    public const string Import = "/_sandbox/import";

    /// <summary>
    /// A tenant document with local ids: organization 1 with businesses A (Paris) and B (Lyon), section 1 (Country)
    /// with group 1 (France, both businesses), an ORG_ADMIN with key "admin" and a PROVIDER without a key.
    /// </summary>
    public const string Document = """
        {
          "providers": [{"id": "shop"}],
          "organizations": [{"org_id": 1, "name": "Shop"}],
          "businesses": [
            {"id": "00000000000000000000000a", "org_id": 1, "name": "Paris", "city": "Paris", "code": "P1"},
            {"id": "00000000000000000000000b", "org_id": 1, "name": "Lyon"}
          ],
          "sections": [{"id": 1, "org_id": 1, "name": "Country",
                        "groups": [{"id": 1, "name": "France",
                                    "business_ids": ["00000000000000000000000a", "00000000000000000000000b"]}]}],
          "users": [
            {"email": "admin@shop.example", "role": "ORG_ADMIN", "org_id": 1, "api_key": "admin"},
            {"email": "boss@shop.example", "role": "PROVIDER"}
          ]
        }
        """;

    public const string LocalParis = "00000000000000000000000a";
    public const string LocalLyon = "00000000000000000000000b";

    public static string Tenant(string tenant) => $"{Tenants}/{tenant}";

    public static string ResetTenant(string tenant) => $"{Tenants}/{tenant}/reset";

    public static string Search(int orgId) => string.Create(CultureInfo.InvariantCulture, $"/v2/business/search?org_id={orgId}");

    public static HttpClient CreateAdminClient(this SandboxFactory sandbox, string? adminKey = Key)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        var client = sandbox.CreateClient(apiKey: null);
        if (adminKey is not null)
        {
            client.DefaultRequestHeaders.Add(Header, adminKey);
        }

        return client;
    }

    public static async Task<CreatedTenant> CreateTenantAsync(this HttpClient admin, string document = Document)
    {
        var response = await admin.PostJsonAsync(Tenants, document);
        return new CreatedTenant(await response.ShouldHaveStatusAsync(HttpStatusCode.OK));
    }

    public static async Task<string> ExportTextAsync(this HttpClient admin, string url = Export)
    {
        var response = await admin.GetAsync(url, TestContext.Current.CancellationToken);
        return (await response.ShouldHaveStatusAsync(HttpStatusCode.OK)).ToJsonString();
    }
}

/// <summary>The answer of createTenant for <see cref="SandboxAdmin.Document"/>, read by local id.</summary>
public sealed record CreatedTenant(JsonNode Body)
{
    public string Name => Body["tenant"]!.GetValue<string>();

    public int Org => Body["organizations"]!["1"]!.GetValue<int>();

    public int Section => Body["sections"]!["1"]!.GetValue<int>();

    public int Group => Body["groups"]!["1"]!.GetValue<int>();

    public string Paris => Body["businesses"]![SandboxAdmin.LocalParis]!.GetValue<string>();

    public string Lyon => Body["businesses"]![SandboxAdmin.LocalLyon]!.GetValue<string>();

    public string AdminKey => Body["users"]![0]!["api_key"]!.GetValue<string>();

    public string ProviderKey => Body["users"]![1]!["api_key"]!.GetValue<string>();
}

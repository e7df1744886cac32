using System.Text.Json.Nodes;

namespace PartooGroups.Api.Tests.Seed;

/// <summary>
/// A small valid seed in the contract's format (section 4), unrelated to the demo data: provider acme, organizations 7 and 8,
/// sections Region 70 {North 700, West 701} and Format 71 {Big 710}, and one user per role that the tests need.
/// </summary>
public static class AcmeSeed
{
    public const int Org = 7;
    public const int RegionSection = 70;
    public const int FormatSection = 71;
    public const int North = 700;
    public const int West = 701;
    public const int Big = 710;

    public const string Lille = "aaaaaaaaaaaaaaaaaaaaaa01";
    public const string Nantes = "aaaaaaaaaaaaaaaaaaaaaa02";
    public const string Brest = "aaaaaaaaaaaaaaaaaaaaaa03";
    public const string OtherOrgShop = "bbbbbbbbbbbbbbbbbbbbbb01";

    public const string AdminKey = "acme-admin-key";
    public const string GroupManagerKey = "acme-group-manager-key";
    public const string PublisherKey = "acme-publisher-key";
    public const string ProviderKey = "acme-provider-key";

    /// <summary>The group manager's only access is [West, Big]: businesses in West AND in Big, that is Nantes.</summary>
    public const string Text = $$"""
        {
          "providers": [{"id": "acme"}],
          "organizations": [
            {"org_id": 7, "name": "Acme Shops", "alias": "acme_shops", "provider": "acme", "max_businesses": null},
            {"org_id": 8, "name": "Other Shops", "provider": "acme"}
          ],
          "businesses": [
            {"id": "{{Lille}}", "org_id": 7, "name": "Lille", "reach": "LOCAL"},
            {"id": "{{Nantes}}", "org_id": 7, "name": "Nantes"},
            {"id": "{{Brest}}", "org_id": 7, "name": "Brest"},
            {"id": "{{OtherOrgShop}}", "org_id": 8, "name": "Elsewhere"}
          ],
          "sections": [
            {"id": 70, "org_id": 7, "name": "Region", "has_puller": false, "groups": [
              {"id": 700, "name": "North", "has_puller": false, "business_ids": ["{{Lille}}"]},
              {"id": 701, "name": "West", "business_ids": ["{{Nantes}}", "{{Brest}}"]}
            ]},
            {"id": 71, "org_id": 7, "name": "Format", "groups": [
              {"id": 710, "name": "Big", "business_ids": ["{{Lille}}", "{{Nantes}}"]}
            ]}
          ],
          "users": [
            {"email": "admin@acme.example", "role": "ORG_ADMIN", "org_id": 7, "api_key": "{{AdminKey}}", "accesses": [], "business_ids": []},
            {"email": "groups@acme.example", "role": "GROUP_MANAGER", "org_id": 7, "api_key": "{{GroupManagerKey}}", "accesses": [[701, 710]]},
            {"email": "reader@acme.example", "role": "PUBLISHER", "org_id": 7, "api_key": "{{PublisherKey}}"},
            {"id": "5309c3a237bbc544d8e26799", "email": "provider@acme.example", "role": "PROVIDER", "provider": "acme", "api_key": "{{ProviderKey}}"}
          ]
        }
        """;

    public static JsonObject Parse() => JsonNode.Parse(Text)!.AsObject();

    /// <summary>Writes <paramref name="json"/> to a new temporary file and returns its path.</summary>
    public static string WriteTempFile(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"partoo-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}

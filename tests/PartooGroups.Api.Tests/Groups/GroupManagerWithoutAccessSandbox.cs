using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Groups;

/// <summary>
/// A sandbox seeded with two group managers of one organization: one with no accesses, one with a single empty access.
/// Neither sees any business; both may still create groups.
/// </summary>
public sealed class GroupManagerWithoutAccessSandbox : SandboxFactory
{
    public const string NoAccessesKey = "no-accesses-group-manager-key";
    public const string EmptyAccessKey = "empty-access-group-manager-key";
    public const string AdminKey = "admin-key";
    public const int SectionWithGroup = 10;
    public const int EmptySection = 11;
    public const int Group = 100;
    public const string Business = "5409c35a97bbc544d8e26737";

    private const string Seed = """
        {
          "providers": [{"id": "acme"}],
          "organizations": [{"org_id": 1, "name": "Acme", "alias": "acme", "provider": "acme", "max_businesses": null}],
          "businesses": [{"id": "5409c35a97bbc544d8e26737", "org_id": 1, "name": "Paris 1", "reach": "LOCAL"}],
          "sections": [
            {"id": 10, "org_id": 1, "name": "Country", "has_puller": false,
             "groups": [{"id": 100, "name": "France", "has_puller": false, "business_ids": ["5409c35a97bbc544d8e26737"]}]},
            {"id": 11, "org_id": 1, "name": "Category", "has_puller": false, "groups": []}
          ],
          "users": [
            {"id": "5309c3a237bbc544d8e26701", "email": "admin@acme.example", "role": "ORG_ADMIN", "org_id": 1,
             "api_key": "admin-key"},
            {"id": "5309c3a237bbc544d8e26702", "email": "none@acme.example", "role": "GROUP_MANAGER", "org_id": 1,
             "api_key": "no-accesses-group-manager-key", "accesses": []},
            {"id": "5309c3a237bbc544d8e26703", "email": "empty@acme.example", "role": "GROUP_MANAGER", "org_id": 1,
             "api_key": "empty-access-group-manager-key", "accesses": [[]]}
          ]
        }
        """;

    public GroupManagerWithoutAccessSandbox()
    {
        SeedPath = Path.Combine(Path.GetTempPath(), $"partoo-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(SeedPath, Seed);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && SeedPath is not null)
        {
            File.Delete(SeedPath);
        }
    }
}

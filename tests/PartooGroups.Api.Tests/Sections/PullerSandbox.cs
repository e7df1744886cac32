using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sections;

/// <summary>
/// A sandbox on its own seed with the puller cases the demo data lacks: section 1 (puller) holding a plain group 1,
/// and section 2 (no puller) holding a puller group 2 and a plain group 3. The group manager's access is [[3]].
/// </summary>
public sealed class PullerSandbox : SandboxFactory
{
    public const string AdminKey = "puller-admin-key";
    public const string GroupManagerKey = "puller-gm-key";

    public const int PullerSection = 1;
    public const int PlainGroupOfPullerSection = 1;
    public const int MixedSection = 2;
    public const int PullerGroupOfMixedSection = 2;
    public const int PlainGroupOfMixedSection = 3;

    private const string Seed = """
        {
          "providers": [{"id": "acme"}],
          "organizations": [{"org_id": 1, "name": "Acme", "alias": "acme", "provider": "acme"}],
          "businesses": [{"id": "cccccccccccccccccccccc01", "org_id": 1, "name": "Shop", "reach": "LOCAL"}],
          "sections": [
            {"id": 1, "org_id": 1, "name": "Synced", "has_puller": true,
             "groups": [{"id": 1, "name": "Plain in synced", "has_puller": false, "business_ids": ["cccccccccccccccccccccc01"]}]},
            {"id": 2, "org_id": 1, "name": "Mixed", "has_puller": false,
             "groups": [{"id": 2, "name": "Synced group", "has_puller": true, "business_ids": ["cccccccccccccccccccccc01"]},
                        {"id": 3, "name": "Plain", "has_puller": false, "business_ids": ["cccccccccccccccccccccc01"]}]}
          ],
          "users": [
            {"id": "dddddddddddddddddddddd01", "email": "admin@acme.example", "role": "ORG_ADMIN", "org_id": 1, "api_key": "puller-admin-key"},
            {"id": "dddddddddddddddddddddd02", "email": "gm@acme.example", "role": "GROUP_MANAGER", "org_id": 1, "api_key": "puller-gm-key",
             "accesses": [[3]]}
          ]
        }
        """;

    public PullerSandbox()
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

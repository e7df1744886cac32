using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Organizations;

/// <summary>
/// A sandbox on its own seed: provider "acme" with organizations 1 (Acme Shops), 2 (Doomed: a business in a group, an
/// admin, a group manager, a business manager) and 4 (Staffed: one user, no business); provider "other" with organization 3.
/// </summary>
public sealed class TwoProviderSandbox : SandboxFactory
{
    public const string AcmeProviderKey = "acme-provider-key";
    public const string OtherProviderKey = "other-provider-key";
    public const string DoomedAdminKey = "doomed-admin-key";
    public const string DoomedGroupManagerKey = "doomed-gm-key";
    public const string DoomedBusinessManagerKey = "doomed-bm-key";

    public const int AcmeOrg = 1;
    public const int DoomedOrg = 2;
    public const int OtherOrg = 3;
    public const int StaffedOrg = 4;
    public const int DoomedSection = 1;
    public const int DoomedGroup = 1;

    public const string AcmeBusiness = "aaaaaaaaaaaaaaaaaaaaaa01";
    public const string DoomedBusiness = "aaaaaaaaaaaaaaaaaaaaaa02";

    private const string Seed = """
        {
          "providers": [{"id": "acme"}, {"id": "other"}],
          "organizations": [
            {"org_id": 1, "name": "Acme Shops", "alias": "acme_shops", "provider": "acme"},
            {"org_id": 2, "name": "Doomed", "alias": "doomed", "provider": "acme"},
            {"org_id": 3, "name": "Other Org", "alias": "other_org", "provider": "other"},
            {"org_id": 4, "name": "Staffed", "alias": "staffed", "provider": "acme"}
          ],
          "businesses": [
            {"id": "aaaaaaaaaaaaaaaaaaaaaa01", "org_id": 1, "name": "Acme One", "reach": "LOCAL"},
            {"id": "aaaaaaaaaaaaaaaaaaaaaa02", "org_id": 2, "name": "Doomed One", "reach": "LOCAL"},
            {"id": "aaaaaaaaaaaaaaaaaaaaaa03", "org_id": 3, "name": "Other One", "reach": "LOCAL"}
          ],
          "sections": [
            {"id": 1, "org_id": 2, "name": "Region", "has_puller": false,
             "groups": [{"id": 1, "name": "North", "has_puller": false, "business_ids": ["aaaaaaaaaaaaaaaaaaaaaa02"]}]}
          ],
          "users": [
            {"id": "bbbbbbbbbbbbbbbbbbbbbb01", "email": "p@acme.example", "role": "PROVIDER", "provider": "acme", "api_key": "acme-provider-key"},
            {"id": "bbbbbbbbbbbbbbbbbbbbbb02", "email": "p@other.example", "role": "PROVIDER", "provider": "other", "api_key": "other-provider-key"},
            {"id": "bbbbbbbbbbbbbbbbbbbbbb03", "email": "admin@doomed.example", "role": "ORG_ADMIN", "org_id": 2, "api_key": "doomed-admin-key"},
            {"id": "bbbbbbbbbbbbbbbbbbbbbb04", "email": "gm@doomed.example", "role": "GROUP_MANAGER", "org_id": 2, "api_key": "doomed-gm-key",
             "accesses": [[1]]},
            {"id": "bbbbbbbbbbbbbbbbbbbbbb05", "email": "bm@doomed.example", "role": "BUSINESS_MANAGER", "org_id": 2, "api_key": "doomed-bm-key",
             "business_ids": ["aaaaaaaaaaaaaaaaaaaaaa02"]},
            {"id": "bbbbbbbbbbbbbbbbbbbbbb06", "email": "admin@staffed.example", "role": "ORG_ADMIN", "org_id": 4, "api_key": "staffed-admin-key"}
          ]
        }
        """;

    public TwoProviderSandbox()
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

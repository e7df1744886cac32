using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Users;

/// <summary><c>business_ids</c> is shown only for a BUSINESS_MANAGER and <c>accesses</c> only for a GROUP_MANAGER, whatever a seed stored.</summary>
public sealed class UserRoleAssignmentsTests
{
    private const string Seed = """
        {
          "providers": [{"id": "p"}],
          "organizations": [{"org_id": 1, "name": "Org", "provider": "p"}],
          "businesses": [{"id": "5409c35a97bbc544d8e26701", "org_id": 1, "name": "Shop"}],
          "sections": [{"id": 1, "org_id": 1, "name": "Country",
                        "groups": [{"id": 1, "name": "France", "business_ids": ["5409c35a97bbc544d8e26701"]}]}],
          "users": [{"id": "5309c3a237bbc544d8e26701", "email": "admin@org.example", "role": "ORG_ADMIN", "org_id": 1,
                     "api_key": "admin-key", "accesses": [[1]], "business_ids": ["5409c35a97bbc544d8e26701"]}]
        }
        """;

    [Fact]
    public async Task GetMe_OrgAdminWithStoredAccessesAndBusinesses_ShowsEmptyLists()
    {
        // Arrange
        var seedPath = Path.Combine(Path.GetTempPath(), $"partoo-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(seedPath, Seed, TestContext.Current.CancellationToken);
        try
        {
            using var sandbox = new SandboxFactory { SeedPath = seedPath };

            // Act
            var response = await sandbox.CreateClient("admin-key").GetAsync(Routes.Me, TestContext.Current.CancellationToken);

            // Assert
            var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            Assert.Equal(("[]", "[]"), (body["accesses"]!.ToJsonString(), body["business_ids"]!.ToJsonString()));
        }
        finally
        {
            File.Delete(seedPath);
        }
    }
}

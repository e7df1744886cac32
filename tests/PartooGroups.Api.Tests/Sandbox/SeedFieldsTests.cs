using System.Net;
using PartooGroups.Api.Tests.Businesses;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sandbox;

/// <summary>The optional business and user fields of the seed format.</summary>
public sealed class SeedFieldsTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const string Shop = "00000000000000000000000a";
    private const string Admin = "0000000000000000000000a1";

    private const string Seed = """
        {
          "providers": [{"id": "shop"}],
          "organizations": [{"org_id": 1, "name": "Shop", "provider": "shop"}],
          "businesses": [{"id": "00000000000000000000000a", "org_id": 1, "name": "Nice", "code": "N1", "city": "Nice",
                          "zipcode": "06000", "country": "FR", "status": "closed"}],
          "users": [
            {"id": "0000000000000000000000a1", "email": "admin@shop.example", "role": "ORG_ADMIN", "org_id": 1, "api_key": "admin",
             "first_name": "Ada", "last_name": "Lovelace", "lang": "fr", "phone": "+33 1 23", "status": "invited"},
            {"email": "gone@shop.example", "role": "ORG_ADMIN", "org_id": 1, "api_key": "gone", "disabled": true}
          ]
        }
        """;

    [Fact]
    public async Task Import_WithTheOptionalFields_ServesThemOnTheV2Routes()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var ct = TestContext.Current.CancellationToken;

        // Act
        await (await admin.PostJsonAsync($"{SandboxAdmin.Import}?replace=true", Seed)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Assert
        var client = sandbox.CreateClient("admin");
        await (await client.GetAsync(BusinessApi.Business(Shop), ct)).ShouldBeAsync(HttpStatusCode.OK,
            BusinessApi.Json(Shop, 1, "Nice", [], code: "N1", city: "Nice", zipcode: "06000", country: "FR", status: "closed"));
        var user = await (await client.GetAsync(Routes.User(Admin), ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal(
            ("Ada", "Lovelace", "fr", "+33 1 23", "invited", false),
            ((string)user["first_name"]!, (string)user["last_name"]!, (string)user["lang"]!, (string)user["phone"]!, (string)user["status"]!, (bool)user["disabled"]!));
        await (await sandbox.CreateClient("gone").GetAsync(BusinessApi.Business(Shop), ct))
            .ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Theory]
    [InlineData("""{"lang": "xx"}""", "users[0]: lang must be one of fr, en, es, it, pt-br, de, ar, nl, pl, cs, ca, sk, pt, lv, ro, bg, hu")]
    [InlineData("""{"status": "away"}""", "users[0]: status must be one of active, invited")]
    public async Task CreateTenant_WithABadUserField_Returns400(string fields, string seedMessage)
    {
        // Arrange
        var user = """{"email": "a@b.example", "role": "ORG_ADMIN", "org_id": 1, """ + fields[1..];
        var document = $$"""{"organizations": [{"org_id": 1, "name": "Shop"}], "users": [{{user}}]}""";

        // Act
        var response = await sandbox.CreateAdminClient().PostJsonAsync(SandboxAdmin.Tenants, document);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("seed", seedMessage));
    }

    [Fact]
    public async Task CreateTenant_WithTwoBusinessesOfOneCode_Returns400()
    {
        // Arrange
        var document = """
            {"organizations": [{"org_id": 1, "name": "Shop"}],
             "businesses": [{"org_id": 1, "name": "A", "code": "C"}, {"org_id": 1, "name": "B", "code": "C"}]}
            """;

        // Act
        var response = await sandbox.CreateAdminClient().PostJsonAsync(SandboxAdmin.Tenants, document);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest,
            ErrorBodies.Field("seed", "businesses[1]: code 'C' is already used by another business of organization 1"));
    }
}

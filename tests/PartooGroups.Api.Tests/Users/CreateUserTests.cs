using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Users;

public sealed class CreateUserTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const string Missing = "Missing data for required field.";

    [Fact]
    public async Task CreateUser_WithRequiredFieldsOnly_Returns200AndCreatesOrgAdminOfCallersOrganization()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var email = UserApi.UniqueEmail();

        // Act
        var response = await client.PostJsonAsync(Routes.Users, $$"""{"email":"{{email}}","first_name":"Ada","last_name":"Lovelace"}""");

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var id = body["id"]!.GetValue<string>();
        Assert.True(UserApi.IsObjectId(id), id);
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"id":"{{id}}","status":"success"}""");
        var user = await client.GetAsync(Routes.User(id), TestContext.Current.CancellationToken);
        var read = await user.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await user.ShouldBeAsync(HttpStatusCode.OK, UserApi.UserJson(id, DemoData.Org1, "Ada", "Lovelace", email, "ORG_ADMIN", UserApi.CreatedAt(read)));
    }

    [Fact]
    public async Task CreateUser_WithOptionalFields_StoresLangPhoneStatusAndBusinesses()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var email = UserApi.UniqueEmail();

        // Act
        var id = await client.CreateUserAsync($$"""
            {"email":"{{email}}","first_name":"Bob","last_name":"Shop","role":"BUSINESS_MANAGER","lang":"fr","phone":"+33 1 23 45 67 89",
             "status":"invited","business_ids":["{{DemoData.Marseille}}","{{DemoData.LyonPartDieu}}","{{DemoData.Marseille}}"]}
            """);

        // Assert
        var response = await client.GetAsync(Routes.User(id), TestContext.Current.CancellationToken);
        var read = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await response.ShouldBeAsync(HttpStatusCode.OK, UserApi.UserJson(
            id, DemoData.Org1, "Bob", "Shop", email, "BUSINESS_MANAGER", UserApi.CreatedAt(read),
            businessIdsJson: $"""["{DemoData.LyonPartDieu}","{DemoData.Marseille}"]""", lang: "fr", phone: "+33 1 23 45 67 89", status: "invited"));
    }

    [Fact]
    public async Task CreateUser_WithEmptyObject_Returns400OnEveryRequiredField()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(Routes.Users, "{}");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, """
            {"errors":{"json":{"email":"Missing data for required field.","first_name":"Missing data for required field.",
                               "last_name":"Missing data for required field."}}}
            """);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("two@@example.com")]
    [InlineData(" spaced@example.com")]
    [InlineData("no-domain@example")]
    [InlineData("trailing-newline@example.com\\n")]
    public async Task CreateUser_WithInvalidEmail_Returns400OnEmail(string email)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .PostJsonAsync(Routes.Users, $$"""{"email":"{{email}}","first_name":"A","last_name":"B"}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("email", "Not a valid email address."));
    }

    [Fact]
    public async Task CreateUser_WithBlankLastName_Returns400OnLastName()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .PostJsonAsync(Routes.Users, $$"""{"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"  "}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("last_name", "Field may not be blank."));
    }

    [Theory]
    [InlineData("ADMIN@Fast-Retailer.EXAMPLE")]
    [InlineData("admin@fast-retailer.example")]
    public async Task CreateUser_WithEmailOfExistingUserInAnyCase_Returns400EmailAlreadyExists(string email)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .PostJsonAsync(Routes.Users, $$"""{"email":"{{email}}","first_name":"A","last_name":"B"}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("email", "email_already_exists"));
    }

    [Fact]
    public async Task CreateUser_WithEmailOfUserOfAnotherOrganizationOfTheProvider_Returns400EmailAlreadyExists()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .PostJsonAsync(Routes.Users, """{"email":"Admin@Green-Garden.example","first_name":"A","last_name":"B"}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("email", "email_already_exists"));
    }

    [Fact]
    public async Task CreateUser_TwiceWithEmailsDifferingInCase_SecondReturns400()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var email = $"Mixed.{Guid.NewGuid():N}@Example.com";
        await client.CreateUserAsync($$"""{"email":"{{email}}","first_name":"A","last_name":"B"}""");

        // Act
        var response = await client.PostJsonAsync(Routes.Users, $$"""{"email":"{{email.ToUpperInvariant()}}","first_name":"A","last_name":"B"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("email", "email_already_exists"));
    }

    [Fact]
    public async Task CreateUser_WithProviderRole_Returns400OnRole()
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey)
            .PostJsonAsync(Routes.Users, $$"""{"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B","role":"PROVIDER","org_id":1}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(
            "role", "Must be one of: ORG_ADMIN, ORG_MANAGER, GROUP_MANAGER, BUSINESS_MANAGER, PUBLISHER."));
    }

    [Fact]
    public async Task CreateUser_WithInvalidLangAndStatus_Returns400OnBoth()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .PostJsonAsync(Routes.Users, $$"""{"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B","lang":"xx","status":"gone"}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, """
            {"errors":{"json":{"lang":"Must be one of: fr, en, es, it, pt-br, de, ar, nl, pl, cs, ca, sk, pt, lv, ro, bg, hu.",
                               "status":"Must be one of: active, invited."}}}
            """);
    }

    [Fact]
    public async Task CreateUser_WithAccessesNotAList_Returns400OnAccesses()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .PostJsonAsync(Routes.Users, $$"""{"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B","accesses":"1"}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("accesses", "Not a valid list."));
    }

    [Fact]
    public async Task CreateUser_WithUnknownField_Returns400OnThatField()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .PostJsonAsync(Routes.Users, $$"""{"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B","nickname":"C"}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("nickname", "Unknown field."));
    }

    [Fact]
    public async Task CreateUser_WithOrgIdAsNumericString_CreatesUserInThatOrganization()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.ProviderKey);

        // Act
        var id = await client.CreateUserAsync($$"""
            {"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B","role":"PUBLISHER","org_id":"2"}
            """);

        // Assert
        var user = await (await client.GetAsync(Routes.User(id), TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal(DemoData.Org2, user["org_id"]!.GetValue<int>());
    }

    [Fact]
    public async Task CreateUser_AsProviderWithoutOrgId_Returns400OnOrgId()
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey)
            .PostJsonAsync(Routes.Users, $$"""{"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B"}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("org_id", Missing));
    }

    [Fact]
    public async Task CreateUser_WithUnknownOrgId_Returns400OnOrgId()
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey)
            .PostJsonAsync(Routes.Users, $$"""{"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B","org_id":999}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("org_id", "organization_not_found"));
    }

    [Fact]
    public async Task CreateUser_InOrganizationOutsideCallersScope_Returns403()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .PostJsonAsync(Routes.Users, $$"""{"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B","org_id":2}""");

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task CreateUser_GroupManagerWithAccesses_StoresAccessesWithoutDuplicateGroups()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var id = await client.CreateOrg1UserAsync("GROUP_MANAGER", """{"accesses":[[3,1,3],[2],[]]}""");

        // Assert
        var user = await (await client.GetAsync(Routes.User(id), TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal("[[1,3],[2],[]]", user["accesses"]!.ToJsonString());
    }

    [Theory]
    [InlineData("[[1],[6]]", "6")]
    [InlineData("[[999,2,998]]", "998, 999")]
    public async Task CreateUser_GroupManagerWithGroupsNotOfItsOrganization_Returns400OnAccesses(string accesses, string unknown)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(Routes.Users, $$"""
            {"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B","role":"GROUP_MANAGER","accesses":{{accesses}}}
            """);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("accesses", $"Unknown group ids for this organization: {unknown}"));
    }

    [Fact]
    public async Task CreateUser_BusinessManagerWithBusinessOfAnotherOrganization_Returns400OnBusinessIds()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(Routes.Users, $$"""
            {"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B","role":"BUSINESS_MANAGER",
             "business_ids":["{{DemoData.ParisRivoli}}","{{DemoData.MadridSol}}"]}
            """);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("business_ids", $"Unknown or inaccessible business ids: {DemoData.MadridSol}"));
    }

    [Fact]
    public async Task CreateUser_OrgAdminWithAccessesAndBusinessIds_IgnoresThem()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var id = await client.CreateOrg1UserAsync("ORG_ADMIN", $$"""{"accesses":[[999]],"business_ids":["{{DemoData.MadridSol}}"]}""");

        // Assert
        var user = await (await client.GetAsync(Routes.User(id), TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal("[]", user["accesses"]!.ToJsonString());
        Assert.Equal("[]", user["business_ids"]!.ToJsonString());
    }

    [Fact]
    public async Task CreateUser_RejectedForOneField_CreatesNothing()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var email = UserApi.UniqueEmail();
        var rejected = await client.PostJsonAsync(Routes.Users, $$"""
            {"email":"{{email}}","first_name":"A","last_name":"B","role":"GROUP_MANAGER","accesses":[[999]]}
            """);
        await rejected.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);

        // Act
        var search = await client.GetAsync($"{Routes.UserSearch}?email={email}", TestContext.Current.CancellationToken);

        // Assert
        await search.ShouldBeAsync(HttpStatusCode.OK, """{"page":1,"max_page":1,"count":0,"users":[]}""");
    }

    [Theory]
    [InlineData(DemoData.ProviderKey, "ORG_ADMIN", HttpStatusCode.OK)]
    [InlineData(DemoData.ProviderKey, "ORG_MANAGER", HttpStatusCode.OK)]
    [InlineData(DemoData.ProviderKey, "GROUP_MANAGER", HttpStatusCode.OK)]
    [InlineData(DemoData.ProviderKey, "BUSINESS_MANAGER", HttpStatusCode.OK)]
    [InlineData(DemoData.ProviderKey, "PUBLISHER", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgAdminKey, "ORG_ADMIN", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgAdminKey, "ORG_MANAGER", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgAdminKey, "GROUP_MANAGER", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgAdminKey, "BUSINESS_MANAGER", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgAdminKey, "PUBLISHER", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgManagerKey, "ORG_ADMIN", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.OrgManagerKey, "ORG_MANAGER", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.OrgManagerKey, "GROUP_MANAGER", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgManagerKey, "BUSINESS_MANAGER", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgManagerKey, "PUBLISHER", HttpStatusCode.OK)]
    [InlineData(DemoData.GroupManagerKey, "ORG_ADMIN", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.GroupManagerKey, "ORG_MANAGER", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.GroupManagerKey, "GROUP_MANAGER", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.GroupManagerKey, "BUSINESS_MANAGER", HttpStatusCode.OK)]
    [InlineData(DemoData.GroupManagerKey, "PUBLISHER", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.BusinessManagerKey, "BUSINESS_MANAGER", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.BusinessManagerKey, "PUBLISHER", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.PublisherKey, "BUSINESS_MANAGER", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.PublisherKey, "PUBLISHER", HttpStatusCode.Forbidden)]
    public async Task CreateUser_ByRoleGrantingRole_IsAllowedOnlyDownTheLadder(string callerKey, string role, HttpStatusCode expected)
    {
        // Arrange
        var client = sandbox.CreateClient(callerKey);

        // Act
        var response = await client.PostJsonAsync(Routes.Users, $$"""
            {"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B","role":"{{role}}","org_id":1}
            """);

        // Assert
        if (expected == HttpStatusCode.OK)
        {
            var id = (await response.ShouldHaveStatusAsync(HttpStatusCode.OK))["id"]!.GetValue<string>();
            await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"id":"{{id}}","status":"success"}""");
        }
        else
        {
            await response.ShouldBeAsync(expected, ErrorBodies.Forbidden);
        }
    }

    [Fact]
    public async Task CreateUser_AsGroupManagerWithBusinessesInItsScope_CreatesBusinessManagerItCanRead()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.GroupManagerKey);

        // Act
        var id = await client.CreateOrg1UserAsync("BUSINESS_MANAGER", $$"""{"business_ids":["{{DemoData.RomaTermini}}","{{DemoData.ParisRivoli}}"]}""");

        // Assert
        var user = await (await client.GetAsync(Routes.User(id), TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal($"""["{DemoData.ParisRivoli}","{DemoData.RomaTermini}"]""", user["business_ids"]!.ToJsonString());
    }

    [Fact]
    public async Task CreateUser_AsGroupManagerWithBusinessOutsideItsScope_Returns400OnBusinessIds()
    {
        var response = await sandbox.CreateClient(DemoData.GroupManagerKey).PostJsonAsync(Routes.Users, $$"""
            {"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B","role":"BUSINESS_MANAGER",
             "business_ids":["{{DemoData.ParisRivoli}}","{{DemoData.LyonPartDieu}}"]}
            """);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("business_ids", $"Unknown or inaccessible business ids: {DemoData.LyonPartDieu}"));
    }

    [Fact]
    public async Task CreateUser_WithoutApiKey_Returns401()
    {
        var response = await sandbox.CreateClient(apiKey: null)
            .PostJsonAsync(Routes.Users, $$"""{"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B"}""");

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }
}

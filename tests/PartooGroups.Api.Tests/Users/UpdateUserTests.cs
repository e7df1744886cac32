using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Users;

public sealed class UpdateUserTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task UpdateUser_WithSomeFields_ChangesOnlyThoseAndReturnsIdAndSuccess()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var email = UserApi.UniqueEmail();
        var id = await admin.CreateUserAsync($$"""{"email":"{{email}}","first_name":"Old","last_name":"Name","role":"PUBLISHER","phone":"123"}""");

        // Act
        var response = await admin.PostJsonAsync(Routes.User(id), """{"first_name":"New","lang":"it","status":"invited"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"id":"{{id}}","status":"success"}""");
        var read = await admin.GetAsync(Routes.User(id), TestContext.Current.CancellationToken);
        var body = await read.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await read.ShouldBeAsync(HttpStatusCode.OK, UserApi.UserJson(
            id, DemoData.Org1, "New", "Name", email, "PUBLISHER", UserApi.CreatedAt(body), lang: "it", phone: "123", status: "invited"));
    }

    [Fact]
    public async Task UpdateUser_RoleToGroupManagerWithAccesses_ReplacesAssignments()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var id = await admin.CreateOrg1UserAsync("BUSINESS_MANAGER", $$"""{"business_ids":["{{DemoData.Marseille}}"]}""");

        // Act
        var response = await admin.PostJsonAsync(Routes.User(id), """{"role":"GROUP_MANAGER","accesses":[[4],[1,2]]}""");

        // Assert
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var user = await (await admin.GetAsync(Routes.User(id), TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal("GROUP_MANAGER", user["role"]!.GetValue<string>());
        Assert.Equal("[[4],[1,2]]", user["accesses"]!.ToJsonString());
        Assert.Equal("[]", user["business_ids"]!.ToJsonString());
    }

    [Fact]
    public async Task UpdateUser_WithAccessesOfAnotherOrganization_Returns400AndChangesNothing()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var id = await admin.CreateOrg1UserAsync("GROUP_MANAGER", """{"accesses":[[1]]}""");

        // Act
        var response = await admin.PostJsonAsync(Routes.User(id), """{"first_name":"Changed","accesses":[[6]]}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("accesses", "Unknown group ids for this organization: 6"));
        var user = await (await admin.GetAsync(Routes.User(id), TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal("Test", user["first_name"]!.GetValue<string>());
        Assert.Equal("[[1]]", user["accesses"]!.ToJsonString());
    }

    [Fact]
    public async Task UpdateUser_WithEmailOfAnotherUserInOtherCase_Returns400EmailAlreadyExists()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var id = await admin.CreateOrg1UserAsync("PUBLISHER");

        // Act
        var response = await admin.PostJsonAsync(Routes.User(id), """{"email":"Manager@Fast-Retailer.example"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("email", "email_already_exists"));
    }

    [Fact]
    public async Task UpdateUser_WithItsOwnEmailInOtherCase_StoresTheNewSpelling()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var email = UserApi.UniqueEmail();
        var id = await admin.CreateUserAsync($$"""{"email":"{{email}}","first_name":"A","last_name":"B","role":"PUBLISHER"}""");

        // Act
        var response = await admin.PostJsonAsync(Routes.User(id), $$"""{"email":"{{email.ToUpperInvariant()}}"}""");

        // Assert
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var user = await (await admin.GetAsync(Routes.User(id), TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal(email.ToUpperInvariant(), user["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateUser_WithDisabledNotABoolean_Returns400OnDisabled()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .PostJsonAsync(Routes.User(DemoData.PublisherUser), """{"disabled":"yes"}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("disabled", "Not a valid boolean."));
    }

    [Fact]
    public async Task UpdateUser_WithInvalidEmailAndRole_Returns400OnBoth()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .PostJsonAsync(Routes.User(DemoData.PublisherUser), """{"email":"nope","role":"PROVIDER"}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, """
            {"errors":{"json":{"email":"Not a valid email address.",
                               "role":"Must be one of: ORG_ADMIN, ORG_MANAGER, GROUP_MANAGER, BUSINESS_MANAGER, PUBLISHER."}}}
            """);
    }

    [Fact]
    public async Task UpdateUser_Unknown_Returns404()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(Routes.User("0123456789abcdef01234567"), """{"first_name":"A"}""");

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task UpdateUser_WithMalformedIdAndInvalidBody_Returns404()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(Routes.User("ABC"), """{"email":"nope"}""");

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Theory]
    [InlineData(DemoData.ProviderKey, "ORG_ADMIN", "[]", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgAdminKey, "ORG_ADMIN", "[]", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgAdminKey, "PUBLISHER", "[]", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgManagerKey, "ORG_ADMIN", "[]", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.OrgManagerKey, "ORG_MANAGER", "[]", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.OrgManagerKey, "GROUP_MANAGER", "[]", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgManagerKey, "PUBLISHER", "[]", HttpStatusCode.OK)]
    [InlineData(DemoData.GroupManagerKey, "BUSINESS_MANAGER", "[\"" + DemoData.ParisRivoli + "\"]", HttpStatusCode.OK)]
    [InlineData(DemoData.GroupManagerKey, "BUSINESS_MANAGER", "[\"" + DemoData.LyonPartDieu + "\"]", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.GroupManagerKey, "PUBLISHER", "[]", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.BusinessManagerKey, "BUSINESS_MANAGER", "[]", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.PublisherKey, "PUBLISHER", "[]", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.Org2AdminKey, "PUBLISHER", "[]", HttpStatusCode.Forbidden)]
    public async Task UpdateUser_ByRoleOnUserOfRole_IsAllowedOnlyDownTheLadder(string callerKey, string targetRole, string businessIds, HttpStatusCode expected)
    {
        // Arrange
        var target = await sandbox.CreateClient(DemoData.ProviderKey).CreateOrg1UserAsync(targetRole, $$"""{"business_ids":{{businessIds}}}""");

        // Act
        var response = await sandbox.CreateClient(callerKey).PostJsonAsync(Routes.User(target), """{"last_name":"Renamed"}""");

        // Assert
        await response.ShouldBeAsync(expected, expected == HttpStatusCode.OK ? $$"""{"id":"{{target}}","status":"success"}""" : ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task UpdateUser_AsGroupManagerMovingBusinessManagerOutsideItsScope_Returns400OnBusinessIds()
    {
        // Arrange
        var groupManager = sandbox.CreateClient(DemoData.GroupManagerKey);
        var id = await groupManager.CreateOrg1UserAsync("BUSINESS_MANAGER", $$"""{"business_ids":["{{DemoData.ParisRivoli}}"]}""");

        // Act
        var response = await groupManager.PostJsonAsync(Routes.User(id), $$"""{"business_ids":["{{DemoData.Marseille}}"]}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("business_ids", $"Unknown or inaccessible business ids: {DemoData.Marseille}"));
    }

    [Fact]
    public async Task UpdateUser_AsGroupManagerPromotingBusinessManager_Returns403()
    {
        // Arrange
        var groupManager = sandbox.CreateClient(DemoData.GroupManagerKey);
        var id = await groupManager.CreateOrg1UserAsync("BUSINESS_MANAGER");

        // Act
        var response = await groupManager.PostJsonAsync(Routes.User(id), """{"role":"ORG_ADMIN"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task UpdateUser_ItsOwnProfile_IsAllowedForEveryRole()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var id = await admin.CreateOrg1UserAsync("PUBLISHER");
        var self = sandbox.CreateClient(await admin.MintKeyAsync(id));

        // Act
        var response = await self.PostJsonAsync(Routes.User(id), """{"first_name":"Me","phone":"+39 06 1234","lang":"es"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"id":"{{id}}","status":"success"}""");
        var me = await (await self.GetAsync(Routes.Me, TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal(("Me", "+39 06 1234", "es"), (me["first_name"]!.GetValue<string>(), me["phone"]!.GetValue<string>(), me["lang"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("""{"role":"ORG_ADMIN"}""")]
    [InlineData("""{"business_ids":["5409c35a97bbc544d8e26701"]}""")]
    [InlineData("""{"disabled":false}""")]
    [InlineData("""{"org_id":1}""")]
    public async Task UpdateUser_ItsOwnRightsWithoutWriteAccessToItself_Returns403(string json)
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var id = await admin.CreateOrg1UserAsync("BUSINESS_MANAGER");
        var self = sandbox.CreateClient(await admin.MintKeyAsync(id));

        // Act
        var response = await self.PostJsonAsync(Routes.User(id), json);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task UpdateUser_AsProviderMovingUserToAnotherOrganization_ClearsItsAccesses()
    {
        // Arrange
        var provider = sandbox.CreateClient(DemoData.ProviderKey);
        var id = await provider.CreateOrg1UserAsync("GROUP_MANAGER", """{"accesses":[[1]]}""");

        // Act
        var response = await provider.PostJsonAsync(Routes.User(id), """{"org_id":"2"}""");

        // Assert
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var user = await (await provider.GetAsync(Routes.User(id), TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal((2, "[]"), (user["org_id"]!.GetValue<int>(), user["accesses"]!.ToJsonString()));
    }

    [Fact]
    public async Task UpdateUser_AsOrgAdminMovingUserToAnotherOrganization_Returns403()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var id = await admin.CreateOrg1UserAsync("PUBLISHER");

        // Act
        var response = await admin.PostJsonAsync(Routes.User(id), """{"org_id":2}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task UpdateUser_Disabled_MakesItsKeysAnswer401UntilEnabledAgain()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var id = await admin.CreateOrg1UserAsync("PUBLISHER");
        var self = sandbox.CreateClient(await admin.MintKeyAsync(id));
        await (await self.GetAsync(Routes.Me, TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Act
        var disable = await admin.PostJsonAsync(Routes.User(id), """{"disabled":true}""");
        var whileDisabled = await self.GetAsync(Routes.Me, TestContext.Current.CancellationToken);
        await admin.PostJsonAsync(Routes.User(id), """{"disabled":false}""");
        var afterEnabling = await self.GetAsync(Routes.Me, TestContext.Current.CancellationToken);

        // Assert
        await disable.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await whileDisabled.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
        var me = await afterEnabling.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.False(me["disabled"]!.GetValue<bool>());
    }
}

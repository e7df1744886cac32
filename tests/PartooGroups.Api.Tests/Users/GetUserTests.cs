using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Users;

public sealed class GetUserTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task GetUser_GroupManagerOfSeed_ReturnsUserObjectWithAccesses()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await client.GetAsync(Routes.User(DemoData.GroupManagerUser), TestContext.Current.CancellationToken);

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await response.ShouldBeAsync(HttpStatusCode.OK, UserApi.UserJson(
            DemoData.GroupManagerUser, DemoData.Org1, "Gaston", "Groups", "groups@fast-retailer.example", "GROUP_MANAGER",
            UserApi.CreatedAt(body), accessesJson: "[[1,3],[2]]"));
    }

    [Fact]
    public async Task GetUser_ProviderUser_HasNullOrgId()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.ProviderKey);

        // Act
        var response = await client.GetAsync(Routes.User(DemoData.ProviderUser), TestContext.Current.CancellationToken);

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await response.ShouldBeAsync(HttpStatusCode.OK, UserApi.UserJson(
            DemoData.ProviderUser, null, "Paula", "Provider", "provider@partoo-sandbox.example", "PROVIDER", UserApi.CreatedAt(body)));
    }

    [Theory]
    [InlineData("5309c3a237bbc544d8e267ff")]
    [InlineData("5309C3A237BBC544D8E26701")]
    [InlineData("5309c3a237bbc544d8e2670")]
    [InlineData("5309c3a237bbc544d8e267011")]
    [InlineData("42")]
    [InlineData("not-an-id")]
    public async Task GetUser_WithUnknownOrMalformedId_Returns404(string userId)
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey).GetAsync(Routes.User(userId), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task GetUser_WithoutApiKey_Returns401()
    {
        var response = await sandbox.CreateClient(apiKey: null).GetAsync(Routes.User(DemoData.OrgAdminUser), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Theory]
    [InlineData(DemoData.ProviderKey, DemoData.ProviderUser, HttpStatusCode.OK)]
    [InlineData(DemoData.ProviderKey, DemoData.OrgAdminUser, HttpStatusCode.OK)]
    [InlineData(DemoData.ProviderKey, DemoData.PublisherUser, HttpStatusCode.OK)]
    [InlineData(DemoData.ProviderKey, DemoData.Org2AdminUser, HttpStatusCode.OK)]
    [InlineData(DemoData.OrgAdminKey, DemoData.ProviderUser, HttpStatusCode.Forbidden)]
    [InlineData(DemoData.OrgAdminKey, DemoData.OrgAdminUser, HttpStatusCode.OK)]
    [InlineData(DemoData.OrgAdminKey, DemoData.OrgManagerUser, HttpStatusCode.OK)]
    [InlineData(DemoData.OrgAdminKey, DemoData.BusinessManagerUser, HttpStatusCode.OK)]
    [InlineData(DemoData.OrgAdminKey, DemoData.Org2AdminUser, HttpStatusCode.Forbidden)]
    [InlineData(DemoData.OrgManagerKey, DemoData.OrgAdminUser, HttpStatusCode.OK)]
    [InlineData(DemoData.OrgManagerKey, DemoData.PublisherUser, HttpStatusCode.OK)]
    [InlineData(DemoData.OrgManagerKey, DemoData.Org2AdminUser, HttpStatusCode.Forbidden)]
    [InlineData(DemoData.GroupManagerKey, DemoData.GroupManagerUser, HttpStatusCode.OK)]
    [InlineData(DemoData.GroupManagerKey, DemoData.OrgAdminUser, HttpStatusCode.Forbidden)]
    [InlineData(DemoData.GroupManagerKey, DemoData.PublisherUser, HttpStatusCode.Forbidden)]
    [InlineData(DemoData.GroupManagerKey, DemoData.BusinessManagerUser, HttpStatusCode.Forbidden)]
    [InlineData(DemoData.BusinessManagerKey, DemoData.BusinessManagerUser, HttpStatusCode.OK)]
    [InlineData(DemoData.BusinessManagerKey, DemoData.GroupManagerUser, HttpStatusCode.Forbidden)]
    [InlineData(DemoData.PublisherKey, DemoData.PublisherUser, HttpStatusCode.OK)]
    [InlineData(DemoData.PublisherKey, DemoData.OrgAdminUser, HttpStatusCode.Forbidden)]
    [InlineData(DemoData.Org2AdminKey, DemoData.Org2AdminUser, HttpStatusCode.OK)]
    [InlineData(DemoData.Org2AdminKey, DemoData.OrgAdminUser, HttpStatusCode.Forbidden)]
    public async Task GetUser_ByRole_ReadsOnlyUsersInItsScope(string callerKey, string userId, HttpStatusCode expected)
    {
        // Act
        var response = await sandbox.CreateClient(callerKey).GetAsync(Routes.User(userId), TestContext.Current.CancellationToken);

        // Assert
        if (expected == HttpStatusCode.OK)
        {
            var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            Assert.Equal(userId, body["id"]!.GetValue<string>());
        }
        else
        {
            await response.ShouldBeAsync(expected, ErrorBodies.Forbidden);
        }
    }

    [Fact]
    public async Task GetUser_AsGroupManager_ReadsBusinessManagerWhoseBusinessesAreAllInItsScope()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var inScope = await admin.CreateOrg1UserAsync("BUSINESS_MANAGER", $$"""{"business_ids":["{{DemoData.ParisRivoli}}","{{DemoData.MilanoDuomo}}"]}""");
        var partly = await admin.CreateOrg1UserAsync("BUSINESS_MANAGER", $$"""{"business_ids":["{{DemoData.ParisRivoli}}","{{DemoData.Marseille}}"]}""");
        var groupManager = sandbox.CreateClient(DemoData.GroupManagerKey);

        // Act
        var readable = await groupManager.GetAsync(Routes.User(inScope), TestContext.Current.CancellationToken);
        var notReadable = await groupManager.GetAsync(Routes.User(partly), TestContext.Current.CancellationToken);

        // Assert
        await readable.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await notReadable.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task GetUser_WithWrongMethod_Returns405()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .PutAsync(Routes.User(DemoData.OrgAdminUser), null, TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.MethodNotAllowed, ErrorBodies.MethodNotAllowed);
    }

    [Theory]
    [InlineData(DemoData.ProviderKey, DemoData.ProviderUser, "PROVIDER")]
    [InlineData(DemoData.OrgAdminKey, DemoData.OrgAdminUser, "ORG_ADMIN")]
    [InlineData(DemoData.OrgManagerKey, DemoData.OrgManagerUser, "ORG_MANAGER")]
    [InlineData(DemoData.GroupManagerKey, DemoData.GroupManagerUser, "GROUP_MANAGER")]
    [InlineData(DemoData.BusinessManagerKey, DemoData.BusinessManagerUser, "BUSINESS_MANAGER")]
    [InlineData(DemoData.PublisherKey, DemoData.PublisherUser, "PUBLISHER")]
    public async Task GetMe_ForEveryRole_ReturnsTheKeysUser(string callerKey, string userId, string role)
    {
        // Act
        var response = await sandbox.CreateClient(callerKey).GetAsync(Routes.Me, TestContext.Current.CancellationToken);

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal(userId, body["id"]!.GetValue<string>());
        Assert.Equal(role, body["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetMe_AsBusinessManager_ReturnsUserObjectWithBusinessIds()
    {
        // Act
        var response = await sandbox.CreateClient(DemoData.BusinessManagerKey).GetAsync(Routes.Me, TestContext.Current.CancellationToken);

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await response.ShouldBeAsync(HttpStatusCode.OK, UserApi.UserJson(
            DemoData.BusinessManagerUser, DemoData.Org1, "Bea", "Business", "lyon@fast-retailer.example", "BUSINESS_MANAGER",
            UserApi.CreatedAt(body), businessIdsJson: $"""["{DemoData.LyonPartDieu}"]"""));
    }

    [Fact]
    public async Task GetMe_WithUnknownKey_Returns401()
    {
        var response = await sandbox.CreateClient("no-such-key").GetAsync(Routes.Me, TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }
}

using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Users;

public sealed class DeleteUserTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task DeleteUser_Writable_Returns200SuccessAndTheUserIsGone()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var id = await admin.CreateOrg1UserAsync("PUBLISHER");

        // Act
        var response = await admin.DeleteAsync(Routes.User(id), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, """{"status":"success"}""");
        var read = await admin.GetAsync(Routes.User(id), TestContext.Current.CancellationToken);
        await read.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task DeleteUser_WithApiKey_ItsKeyAnswers401()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var id = await admin.CreateOrg1UserAsync("GROUP_MANAGER", """{"accesses":[[1,3]]}""");
        var self = sandbox.CreateClient(await admin.MintKeyAsync(id));
        await (await self.GetAsync(Routes.Me, TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Act
        await (await admin.DeleteAsync(Routes.User(id), TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var response = await self.GetAsync(Routes.Me, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Fact]
    public async Task DeleteUser_Twice_SecondReturns404()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var id = await admin.CreateOrg1UserAsync("PUBLISHER");
        await (await admin.DeleteAsync(Routes.User(id), TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Act
        var response = await admin.DeleteAsync(Routes.User(id), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task DeleteUser_OnTheMeRoute_Returns405()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).DeleteAsync(Routes.User("me"), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.MethodNotAllowed, ErrorBodies.MethodNotAllowed);
    }

    [Fact]
    public async Task DeleteUser_WithNonHexId_Returns404()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).DeleteAsync(Routes.User("zz09c3a237bbc544d8e26705"), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Theory]
    [InlineData(DemoData.ProviderKey, "ORG_ADMIN", "[]", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgAdminKey, "ORG_MANAGER", "[]", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgManagerKey, "ORG_ADMIN", "[]", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.OrgManagerKey, "BUSINESS_MANAGER", "[]", HttpStatusCode.OK)]
    [InlineData(DemoData.GroupManagerKey, "BUSINESS_MANAGER", "[\"" + DemoData.RomaTermini + "\"]", HttpStatusCode.OK)]
    [InlineData(DemoData.GroupManagerKey, "BUSINESS_MANAGER", "[\"" + DemoData.LyonPartDieu + "\"]", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.GroupManagerKey, "GROUP_MANAGER", "[]", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.BusinessManagerKey, "BUSINESS_MANAGER", "[]", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.PublisherKey, "PUBLISHER", "[]", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.Org2AdminKey, "PUBLISHER", "[]", HttpStatusCode.Forbidden)]
    public async Task DeleteUser_ByRoleOnUserOfRole_IsAllowedOnlyDownTheLadder(string callerKey, string targetRole, string businessIds, HttpStatusCode expected)
    {
        // Arrange
        var target = await sandbox.CreateClient(DemoData.ProviderKey).CreateOrg1UserAsync(targetRole, $$"""{"business_ids":{{businessIds}}}""");

        // Act
        var response = await sandbox.CreateClient(callerKey).DeleteAsync(Routes.User(target), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(expected, expected == HttpStatusCode.OK ? """{"status":"success"}""" : ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task DeleteUser_ProviderUserByProvider_Returns403()
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey).DeleteAsync(Routes.User(DemoData.ProviderUser), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }
}

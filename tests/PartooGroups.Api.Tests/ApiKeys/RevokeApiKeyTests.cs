using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.ApiKeys;

public sealed class RevokeApiKeyTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task RevokeApiKey_ItsOwnKey_Returns200AndTheVeryNextRequestGets401()
    {
        // Arrange
        var (client, keyId) = await NewUserWithKeyAsync("PUBLISHER");

        // Act
        var response = await client.PostAsync(Routes.RevokeApiKey(keyId), null, TestContext.Current.CancellationToken);
        var next = await client.GetAsync(Routes.Me, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"id":{{keyId}},"status":"success"}""");
        await next.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Fact]
    public async Task RevokeApiKey_OneOfTwoKeys_LeavesTheOtherWorking()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var userId = await admin.CreateOrg1UserAsync("PUBLISHER");
        var first = await (await admin.PostJsonAsync(Routes.ApiKeys, $$"""{"user_id":"{{userId}}"}""")).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var second = sandbox.CreateClient(await admin.MintKeyAsync(userId));

        // Act
        await (await admin.PostAsync(Routes.RevokeApiKey(first["id"]!.GetValue<int>()), null, TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        var revoked = await sandbox.CreateClient(first["api_key"]!.GetValue<string>()).GetAsync(Routes.Me, TestContext.Current.CancellationToken);
        var stillValid = await second.GetAsync(Routes.Me, TestContext.Current.CancellationToken);

        // Assert
        await revoked.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
        await stillValid.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RevokeApiKey_Twice_Returns200BothTimes()
    {
        // Arrange
        var (_, keyId) = await NewUserWithKeyAsync("PUBLISHER");
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        await (await admin.PostAsync(Routes.RevokeApiKey(keyId), null, TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Act
        var response = await admin.PostAsync(Routes.RevokeApiKey(keyId), null, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"id":{{keyId}},"status":"success"}""");
    }

    [Theory]
    [InlineData(DemoData.ProviderKey, "ORG_ADMIN", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgAdminKey, "ORG_ADMIN", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgManagerKey, "PUBLISHER", HttpStatusCode.OK)]
    [InlineData(DemoData.OrgManagerKey, "ORG_ADMIN", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.GroupManagerKey, "BUSINESS_MANAGER", HttpStatusCode.OK)]
    [InlineData(DemoData.GroupManagerKey, "GROUP_MANAGER", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.BusinessManagerKey, "BUSINESS_MANAGER", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.PublisherKey, "PUBLISHER", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.Org2AdminKey, "PUBLISHER", HttpStatusCode.Forbidden)]
    public async Task RevokeApiKey_OfAnotherUser_NeedsWriteAccessToThatUser(string callerKey, string ownerRole, HttpStatusCode expected)
    {
        // Arrange
        var (owner, keyId) = await NewUserWithKeyAsync(ownerRole);

        // Act
        var response = await sandbox.CreateClient(callerKey).PostAsync(Routes.RevokeApiKey(keyId), null, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(expected, expected == HttpStatusCode.OK ? $$"""{"id":{{keyId}},"status":"success"}""" : ErrorBodies.Forbidden);
        var me = await owner.GetAsync(Routes.Me, TestContext.Current.CancellationToken);
        Assert.Equal(expected == HttpStatusCode.OK ? HttpStatusCode.Unauthorized : HttpStatusCode.OK, me.StatusCode);
    }

    [Theory]
    [InlineData("/v2/api_keys/revoke/999999")]
    [InlineData("/v2/api_keys/revoke/abc")]
    [InlineData("/v2/api_keys/revoke/")]
    public async Task RevokeApiKey_UnknownOrMalformedId_Returns404(string path)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostAsync(path, null, TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task RevokeApiKey_WithGet_Returns405()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync(Routes.RevokeApiKey(1), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.MethodNotAllowed, ErrorBodies.MethodNotAllowed);
    }

    [Fact]
    public async Task RevokeApiKey_WithoutApiKey_Returns401()
    {
        var response = await sandbox.CreateClient(apiKey: null).PostAsync(Routes.RevokeApiKey(1), null, TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    /// <summary>A new user of organization 1 (created by the provider) with one key: a client using it, and the key's id.</summary>
    private async Task<(HttpClient Client, int KeyId)> NewUserWithKeyAsync(string role)
    {
        var provider = sandbox.CreateClient(DemoData.ProviderKey);
        var extra = role == "BUSINESS_MANAGER" ? $$"""{"business_ids":["{{DemoData.ParisRivoli}}"]}""" : "{}";
        var userId = await provider.CreateOrg1UserAsync(role, extra);
        var key = await (await provider.PostJsonAsync(Routes.ApiKeys, $$"""{"user_id":"{{userId}}"}""")).ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (sandbox.CreateClient(key["api_key"]!.GetValue<string>()), key["id"]!.GetValue<int>());
    }
}

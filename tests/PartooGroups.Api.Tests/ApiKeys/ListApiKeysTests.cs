using System.Net;
using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.ApiKeys;

public sealed class ListApiKeysTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task ListApiKeys_AsBusinessManager_ListsItsOwnKeyWithoutTheSecret()
    {
        // Act
        var response = await sandbox.CreateClient(DemoData.BusinessManagerKey).GetAsync(Routes.ApiKeys, TestContext.Current.CancellationToken);

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"page":1,"max_page":1,"count":1,"api_keys":[
              {"id":{{DemoData.BusinessManagerKeyId}},"label":"seed","user_id":"{{DemoData.BusinessManagerUser}}","user_name":"Bea Business",
               "user_role":"BUSINESS_MANAGER","user_type":"user","disabled":false,"created_at":{{UserApi.CreatedAt(body["api_keys"]![0]!)}},
               "revoked_at":null}]}
            """);
    }

    [Theory]
    [InlineData(DemoData.ProviderKey, new[] { 1, 2, 3, 4, 5, 6, 7 })]
    [InlineData(DemoData.OrgAdminKey, new[] { 2, 3, 4, 5, 6 })]
    [InlineData(DemoData.Org2AdminKey, new[] { 7 })]
    [InlineData(DemoData.OrgManagerKey, new[] { 3 })]
    [InlineData(DemoData.GroupManagerKey, new[] { 4 })]
    [InlineData(DemoData.PublisherKey, new[] { 6 })]
    public async Task ListApiKeys_ByRole_ListsOwnKeysAndForProviderAndOrgAdminThoseOfUsersTheyWrite(string callerKey, int[] seedKeyIds)
    {
        // Act
        var body = await ListAsync(sandbox.CreateClient(callerKey), "?status=active");

        // Assert
        Assert.Subset(KeyIds(body).ToHashSet(), seedKeyIds.ToHashSet());
        Assert.Empty(KeyIds(body).Where(id => id <= 7).Except(seedKeyIds));
        Assert.All(body["api_keys"]!.AsArray(), key => Assert.False(key!.AsObject().ContainsKey("api_key")));
    }

    [Fact]
    public async Task ListApiKeys_WithPerPage_PagesTheKeysInIdOrder()
    {
        // Arrange
        var (client, keyIds) = await UserWithKeysAsync(3);

        // Act
        var body = await ListAsync(client, "?per_page=2&page=2");

        // Assert
        Assert.Equal((2, 2, 3), (body["page"]!.GetValue<int>(), body["max_page"]!.GetValue<int>(), body["count"]!.GetValue<int>()));
        Assert.Equal([keyIds[2]], KeyIds(body));
    }

    [Fact]
    public async Task ListApiKeys_WithStatus_SeparatesActiveFromRevokedKeys()
    {
        // Arrange
        var (client, keyIds) = await UserWithKeysAsync(3);
        await (await client.PostAsync(Routes.RevokeApiKey(keyIds[1]), null, TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Act
        var active = await ListAsync(client, "?status=active");
        var revoked = await ListAsync(client, "?status=disabled");
        var expired = await ListAsync(client, "?status=expired");

        // Assert
        Assert.Equal([keyIds[0], keyIds[2]], KeyIds(active));
        Assert.Equal([keyIds[1]], KeyIds(revoked));
        var key = revoked["api_keys"]![0]!;
        Assert.True(key["disabled"]!.GetValue<bool>());
        Assert.True(key["revoked_at"]!.GetValue<long>() >= key["created_at"]!.GetValue<long>());
        Assert.Equal(0, expired["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task ListApiKeys_WithUnknownStatus_Returns400OnStatus()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync($"{Routes.ApiKeys}?status=lost", TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("status", "Must be one of: active, inactive, disabled, expired."));
    }

    [Fact]
    public async Task ListApiKeys_WithoutApiKey_Returns401()
    {
        var response = await sandbox.CreateClient(apiKey: null).GetAsync(Routes.ApiKeys, TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    private static int[] KeyIds(JsonNode body) => [.. body["api_keys"]!.AsArray().Select(k => k!["id"]!.GetValue<int>())];

    private static async Task<JsonNode> ListAsync(HttpClient client, string query) =>
        await (await client.GetAsync(Routes.ApiKeys + query, TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);

    /// <summary>A new PUBLISHER with <paramref name="count"/> keys, a client using the first one, and the keys' ids.</summary>
    private async Task<(HttpClient Client, int[] KeyIds)> UserWithKeysAsync(int count)
    {
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var userId = await admin.CreateOrg1UserAsync("PUBLISHER");
        var keys = new List<(int Id, string Secret)>();
        for (var i = 0; i < count; i++)
        {
            var key = await (await admin.PostJsonAsync(Routes.ApiKeys, $$"""{"user_id":"{{userId}}"}""")).ShouldHaveStatusAsync(HttpStatusCode.Created);
            keys.Add((key["id"]!.GetValue<int>(), key["api_key"]!.GetValue<string>()));
        }

        return (sandbox.CreateClient(keys[0].Secret), [.. keys.Select(k => k.Id)]);
    }
}

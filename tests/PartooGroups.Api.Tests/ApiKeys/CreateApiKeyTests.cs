using System.Net;
using System.Text.RegularExpressions;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.ApiKeys;

public sealed partial class CreateApiKeyTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task CreateApiKey_ForCaller_Returns201WithTheKeyObjectAndItsSecret()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgManagerKey);

        // Act
        var response = await client.PostJsonAsync(Routes.ApiKeys, """{"label":"CI"}""");

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var secret = body["api_key"]!.GetValue<string>();
        Assert.Matches(SecretPattern(), secret);
        await response.ShouldBeAsync(HttpStatusCode.Created, $$"""
            {"id":{{body["id"]!.GetValue<int>()}},"label":"CI","user_id":"{{DemoData.OrgManagerUser}}","user_name":"Mona Manager",
             "user_role":"ORG_MANAGER","user_type":"user","disabled":false,"created_at":{{UserApi.CreatedAt(body)}},"revoked_at":null,
             "api_key":"{{secret}}"}
            """);
    }

    [Fact]
    public async Task CreateApiKey_Twice_GivesDifferentIdsAndSecrets()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgManagerKey);

        // Act
        var first = await (await client.PostJsonAsync(Routes.ApiKeys, "{}")).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var second = await (await client.PostJsonAsync(Routes.ApiKeys, "{}")).ShouldHaveStatusAsync(HttpStatusCode.Created);

        // Assert
        Assert.True(second["id"]!.GetValue<int>() > first["id"]!.GetValue<int>());
        Assert.NotEqual(first["api_key"]!.GetValue<string>(), second["api_key"]!.GetValue<string>());
        Assert.Null(first["label"]);
    }

    [Theory]
    [InlineData(DemoData.ProviderKey, DemoData.ProviderUser)]
    [InlineData(DemoData.OrgAdminKey, DemoData.OrgAdminUser)]
    [InlineData(DemoData.OrgManagerKey, DemoData.OrgManagerUser)]
    [InlineData(DemoData.GroupManagerKey, DemoData.GroupManagerUser)]
    [InlineData(DemoData.BusinessManagerKey, DemoData.BusinessManagerUser)]
    [InlineData(DemoData.PublisherKey, DemoData.PublisherUser)]
    public async Task CreateApiKey_ForItselfByEveryRole_GivesAKeyThatAuthenticatesAsThatUser(string callerKey, string userId)
    {
        // Arrange
        var created = await (await sandbox.CreateClient(callerKey).PostJsonAsync(Routes.ApiKeys, """{"label":"mine"}"""))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);

        // Act
        var me = await sandbox.CreateClient(created["api_key"]!.GetValue<string>()).GetAsync(Routes.Me, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(userId, created["user_id"]!.GetValue<string>());
        Assert.Equal(userId, (await me.ShouldHaveStatusAsync(HttpStatusCode.OK))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateApiKey_ForItselfExplicitly_Returns201()
    {
        var response = await sandbox.CreateClient(DemoData.PublisherKey).PostJsonAsync(Routes.ApiKeys, $$"""{"user_id":"{{DemoData.PublisherUser}}"}""");

        Assert.Equal(DemoData.PublisherUser, (await response.ShouldHaveStatusAsync(HttpStatusCode.Created))["user_id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(DemoData.ProviderKey, "ORG_ADMIN", HttpStatusCode.Created)]
    [InlineData(DemoData.OrgAdminKey, "ORG_MANAGER", HttpStatusCode.Created)]
    [InlineData(DemoData.OrgManagerKey, "GROUP_MANAGER", HttpStatusCode.Created)]
    [InlineData(DemoData.OrgManagerKey, "ORG_ADMIN", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.GroupManagerKey, "BUSINESS_MANAGER", HttpStatusCode.Created)]
    [InlineData(DemoData.GroupManagerKey, "PUBLISHER", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.BusinessManagerKey, "BUSINESS_MANAGER", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.PublisherKey, "PUBLISHER", HttpStatusCode.Forbidden)]
    [InlineData(DemoData.Org2AdminKey, "PUBLISHER", HttpStatusCode.Forbidden)]
    public async Task CreateApiKey_ForAnotherUser_NeedsWriteAccessToThatUser(string callerKey, string targetRole, HttpStatusCode expected)
    {
        // Arrange
        var target = await sandbox.CreateClient(DemoData.ProviderKey).CreateOrg1UserAsync(targetRole);

        // Act
        var response = await sandbox.CreateClient(callerKey).PostJsonAsync(Routes.ApiKeys, $$"""{"user_id":"{{target}}"}""");

        // Assert
        if (expected == HttpStatusCode.Created)
        {
            var body = await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
            Assert.Equal((target, targetRole), (body["user_id"]!.GetValue<string>(), body["user_role"]!.GetValue<string>()));
        }
        else
        {
            await response.ShouldBeAsync(expected, ErrorBodies.Forbidden);
        }
    }

    [Theory]
    [InlineData("0123456789abcdef01234567")]
    [InlineData("not-a-user")]
    public async Task CreateApiKey_ForUnknownUser_Returns400OnUserId(string userId)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(Routes.ApiKeys, $$"""{"user_id":"{{userId}}"}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("user_id", "user_not_found"));
    }

    [Theory]
    [InlineData("""{"label":"  "}""", "label", "Field may not be blank.")]
    [InlineData("""{"label":7}""", "label", "Not a valid string.")]
    [InlineData("""{"expires":"2030-01-01"}""", "expires", "Unknown field.")]
    public async Task CreateApiKey_WithInvalidBody_Returns400OnTheField(string json, string field, string message)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(Routes.ApiKeys, json);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(field, message));
    }

    [Fact]
    public async Task CreateApiKey_WithoutApiKey_Returns401()
    {
        var response = await sandbox.CreateClient(apiKey: null).PostJsonAsync(Routes.ApiKeys, "{}");

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [GeneratedRegex("^sandbox-[0-9a-f]{32}$")]
    private static partial Regex SecretPattern();
}

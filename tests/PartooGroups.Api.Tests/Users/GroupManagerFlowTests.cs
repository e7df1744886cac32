using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Users;

/// <summary>The flow an integrator's black-box suite runs: a provider sets up an organization and a GROUP_MANAGER, then acts as it.</summary>
public sealed class GroupManagerFlowTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task Flow_ProviderCreatesGroupManagerAndMintsItsKey_KeyActsWithGroupManagerScope()
    {
        // Arrange
        var provider = sandbox.CreateClient(DemoData.ProviderKey);
        var organization = await (await provider.PostJsonAsync(Routes.Organizations, $$"""{"name":"Flow {{Guid.NewGuid():N}}"}"""))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.True(organization["org_id"]!.GetValue<int>() > DemoData.Org2);
        var email = UserApi.UniqueEmail();
        var userId = await provider.CreateUserAsync($$"""
            {"email":"{{email}}","first_name":"Flo","last_name":"Manager","role":"GROUP_MANAGER","org_id":"1","accesses":[[1,3],[2]]}
            """);
        var minted = await provider.PostJsonAsync(Routes.ApiKeys, $$"""{"user_id":"{{userId}}","label":"black-box"}""");
        var secret = (await minted.ShouldHaveStatusAsync(HttpStatusCode.Created))["api_key"]!.GetValue<string>();
        var groupManager = sandbox.CreateClient(secret);

        // Act
        var me = await groupManager.GetAsync(Routes.Me, TestContext.Current.CancellationToken);
        var created = await groupManager.PostJsonAsync(Routes.Groups(DemoData.CountrySection), $$"""{"name":"Flow {{Guid.NewGuid():N}}"}""");
        var groupId = (await created.ShouldHaveStatusAsync(HttpStatusCode.OK))["id"]!.GetValue<int>();
        var group = await groupManager.GetAsync(Routes.Group(DemoData.CountrySection, groupId), TestContext.Current.CancellationToken);
        var outOfScope = await groupManager.PostJsonAsync(Routes.Groups(DemoData.CountrySection), $$"""
            {"name":"Flow {{Guid.NewGuid():N}}","business__in":["{{DemoData.LyonPartDieu}}"]}
            """);
        var otherOrganization = await groupManager.PostJsonAsync(Routes.Groups(DemoData.Org2CountrySection), $$"""{"name":"Flow {{Guid.NewGuid():N}}"}""");

        // Assert
        var meBody = await me.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await me.ShouldBeAsync(HttpStatusCode.OK, UserApi.UserJson(
            userId, DemoData.Org1, "Flo", "Manager", email, "GROUP_MANAGER", UserApi.CreatedAt(meBody), accessesJson: "[[1,3],[2]]"));
        var groupBody = await group.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal(DemoData.GroupManagerScope.Order(StringComparer.Ordinal), groupBody["business_ids"]!.AsArray().Select(b => b!.GetValue<string>()));
        await outOfScope.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("business__in", $"Unknown or inaccessible business ids: {DemoData.LyonPartDieu}"));
        await otherOrganization.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task Flow_GroupManagerInNewOrganizationWithDemoOrganizationsGroups_Returns400OnAccesses()
    {
        // Arrange
        var provider = sandbox.CreateClient(DemoData.ProviderKey);
        var organization = await (await provider.PostJsonAsync(Routes.Organizations, $$"""{"name":"Flow {{Guid.NewGuid():N}}"}"""))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        var orgId = organization["org_id"]!.GetValue<int>();

        // Act
        var response = await provider.PostJsonAsync(Routes.Users, $$"""
            {"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B","role":"GROUP_MANAGER","org_id":{{orgId}},"accesses":[[1,3],[2]]}
            """);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("accesses", "Unknown group ids for this organization: 1, 2, 3"));
    }

    [Fact]
    public async Task Flow_ProviderCreatesOrgAdminOfNewOrganization_KeyReadsOnlyThatOrganization()
    {
        // Arrange
        var provider = sandbox.CreateClient(DemoData.ProviderKey);
        var organization = await (await provider.PostJsonAsync(Routes.Organizations, $$"""{"name":"Flow {{Guid.NewGuid():N}}"}"""))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        var orgId = organization["org_id"]!.GetValue<int>();
        var userId = await provider.CreateUserAsync($$"""{"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B","org_id":{{orgId}}}""");
        var admin = sandbox.CreateClient(await provider.MintKeyAsync(userId));

        // Act
        var search = await admin.GetAsync(Routes.UserSearch, TestContext.Current.CancellationToken);
        var demoGroup = await admin.GetAsync(Routes.Group(DemoData.CountrySection, DemoData.France), TestContext.Current.CancellationToken);

        // Assert
        var body = await search.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal([userId], body["users"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()));
        Assert.Equal("ORG_ADMIN", body["users"]![0]!["role"]!.GetValue<string>());
        await demoGroup.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Users;

/// <summary>searchUsers over the demo users only: nothing in this class writes.</summary>
public sealed class SearchUsersScopeTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    /// <summary>Organization 1's demo users sorted by email: admin, groups, lyon, manager, publisher.</summary>
    private static readonly string[] Org1ByEmail =
        [DemoData.OrgAdminUser, DemoData.GroupManagerUser, DemoData.BusinessManagerUser, DemoData.OrgManagerUser, DemoData.PublisherUser];

    [Theory]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    public async Task SearchUsers_AsOrganizationWideRole_ListsItsOrganizationSortedByEmail(string callerKey)
    {
        var body = await SearchAsync(callerKey, "");

        Assert.Equal((1, 1, 5), Envelope(body));
        Assert.Equal(Org1ByEmail, Ids(body));
    }

    [Theory]
    [InlineData(DemoData.GroupManagerKey, DemoData.GroupManagerUser)]
    [InlineData(DemoData.BusinessManagerKey, DemoData.BusinessManagerUser)]
    [InlineData(DemoData.PublisherKey, DemoData.PublisherUser)]
    [InlineData(DemoData.Org2AdminKey, DemoData.Org2AdminUser)]
    public async Task SearchUsers_AsNarrowRole_ListsOnlyUsersItMayRead(string callerKey, string onlyUser)
    {
        var body = await SearchAsync(callerKey, "");

        Assert.Equal((1, 1, 1), Envelope(body));
        Assert.Equal([onlyUser], Ids(body));
    }

    [Fact]
    public async Task SearchUsers_AsProvider_ListsEveryUserOfItsProvider()
    {
        var body = await SearchAsync(DemoData.ProviderKey, "");

        Assert.Equal(
            [DemoData.OrgAdminUser, DemoData.Org2AdminUser, DemoData.GroupManagerUser, DemoData.BusinessManagerUser,
             DemoData.OrgManagerUser, DemoData.ProviderUser, DemoData.PublisherUser],
            Ids(body));
    }

    [Fact]
    public async Task SearchUsers_AsProviderWithOrgId_ListsThatOrganization()
    {
        var body = await SearchAsync(DemoData.ProviderKey, "?org_id=2");

        Assert.Equal([DemoData.Org2AdminUser], Ids(body));
    }

    [Fact]
    public async Task SearchUsers_WithOrgIdOutsideCallersScope_Returns403()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync($"{Routes.UserSearch}?org_id=2", TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task SearchUsers_WithUnknownOrgId_ReturnsEmptyPage()
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey).GetAsync($"{Routes.UserSearch}?org_id=999", TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.OK, """{"page":1,"max_page":1,"count":0,"users":[]}""");
    }

    [Fact]
    public async Task SearchUsers_ByEmailInAnotherCase_ReturnsThatUserObject()
    {
        // Act
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .GetAsync($"{Routes.UserSearch}?email=GROUPS%40Fast-Retailer.EXAMPLE", TestContext.Current.CancellationToken);

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var user = UserApi.UserJson(
            DemoData.GroupManagerUser, DemoData.Org1, "Gaston", "Groups", "groups@fast-retailer.example", "GROUP_MANAGER",
            UserApi.CreatedAt(body["users"]![0]!), accessesJson: "[[1,3],[2]]");
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"page":1,"max_page":1,"count":1,"users":[{{user}}]}""");
    }

    [Fact]
    public async Task SearchUsers_ByPartOfAnEmail_FindsNothing()
    {
        var body = await SearchAsync(DemoData.OrgAdminKey, "?email=groups");

        Assert.Equal((1, 1, 0), Envelope(body));
    }

    [Theory]
    [InlineData("MANAGER", new[] { DemoData.OrgManagerUser })]
    [InlineData("gaston", new[] { DemoData.GroupManagerUser })]
    [InlineData("lyon@", new[] { DemoData.BusinessManagerUser })]
    [InlineData("nobody", new string[0])]
    public async Task SearchUsers_WithQuery_MatchesNamesAndEmailCaseInsensitively(string query, string[] expected)
    {
        var body = await SearchAsync(DemoData.OrgAdminKey, $"?query={Uri.EscapeDataString(query)}");

        Assert.Equal(expected, Ids(body));
    }

    [Theory]
    [InlineData("?role=GROUP_MANAGER,BUSINESS_MANAGER")]
    [InlineData("?role=GROUP_MANAGER&role=BUSINESS_MANAGER")]
    [InlineData("?role[]=BUSINESS_MANAGER&role[]=GROUP_MANAGER")]
    public async Task SearchUsers_WithRoleList_ListsUsersOfThoseRoles(string query)
    {
        var body = await SearchAsync(DemoData.OrgAdminKey, query);

        Assert.Equal([DemoData.GroupManagerUser, DemoData.BusinessManagerUser], Ids(body));
    }

    [Theory]
    [InlineData(71582790)]
    [InlineData(int.MaxValue)]
    public async Task SearchUsers_WithPageFarBeyondTheLast_ReturnsNoUsers(int page)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync($"{Routes.UserSearch}?page={page}", TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"page":{{page}},"max_page":1,"count":5,"users":[]}""");
    }

    [Theory]
    [InlineData("?role=KING", "role", "Must be one of: PROVIDER, ORG_ADMIN, ORG_MANAGER, GROUP_MANAGER, BUSINESS_MANAGER, PUBLISHER.")]
    [InlineData("?per_page=0", "per_page", "Must be greater than or equal to 1 and less than or equal to 100.")]
    [InlineData("?per_page=101", "per_page", "Must be greater than or equal to 1 and less than or equal to 100.")]
    [InlineData("?page=first", "page", "Not a valid integer.")]
    [InlineData("?org_id=one", "org_id", "Not a valid integer.")]
    [InlineData("?status=gone", "status", "Must be one of: active, invited.")]
    [InlineData("?disabled=maybe", "disabled", "Not a valid boolean.")]
    public async Task SearchUsers_WithInvalidParameter_Returns400OnIt(string query, string field, string message)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync(Routes.UserSearch + query, TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(field, message));
    }

    [Fact]
    public async Task SearchUsers_WithoutApiKey_Returns401()
    {
        var response = await sandbox.CreateClient(apiKey: null).GetAsync(Routes.UserSearch, TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    private static (int Page, int MaxPage, int Count) Envelope(JsonNode body) =>
        (body["page"]!.GetValue<int>(), body["max_page"]!.GetValue<int>(), body["count"]!.GetValue<int>());

    private static string[] Ids(JsonNode body) => [.. body["users"]!.AsArray().Select(u => u!["id"]!.GetValue<string>())];

    private async Task<JsonNode> SearchAsync(string callerKey, string query)
    {
        var response = await sandbox.CreateClient(callerKey).GetAsync(Routes.UserSearch + query, TestContext.Current.CancellationToken);
        return await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }
}

using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sections;

/// <summary>getGroupSections on the demo data; no test of this class writes.</summary>
public sealed class ListSectionsTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const string Country =
        """{"id":1,"name":"Country","groups":[{"id":1,"name":"France","has_puller":false},{"id":2,"name":"Italy","has_puller":false}],"can_edit":true,"has_puller":false}""";

    private const string Category =
        """{"id":2,"name":"Category","groups":[{"id":3,"name":"Bakery","has_puller":false},{"id":4,"name":"Florist","has_puller":false}],"can_edit":true,"has_puller":false}""";

    private const string Puller =
        """{"id":3,"name":"Store format (synced)","groups":[{"id":5,"name":"Flagship","has_puller":true}],"can_edit":false,"has_puller":true}""";

    private const string Org2Country =
        """{"id":4,"name":"Country","groups":[{"id":6,"name":"Spain","has_puller":false}],"can_edit":true,"has_puller":false}""";

    private async Task<HttpResponseMessage> GetAsync(string apiKey, string query = "") =>
        await sandbox.CreateClient(apiKey).GetAsync(Routes.Sections + query, TestContext.Current.CancellationToken);

    [Theory]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    public async Task ListSections_AsOrgAdminOrOrgManager_ReturnsItsOrganizationsSectionsOrderedById(string apiKey)
    {
        var response = await GetAsync(apiKey);

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"page":1,"max_page":1,"count":3,"sections":[{{Country}},{{Category}},{{Puller}}]}""");
    }

    [Fact]
    public async Task ListSections_AsGroupManager_ReturnsCanEditWhereItMayEditAGroup()
    {
        // Country: Italy is in its scope; Category: Bakery is; the puller section never is.
        var response = await GetAsync(DemoData.GroupManagerKey);

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"page":1,"max_page":1,"count":3,"sections":[{{Country}},{{Category}},{{Puller}}]}""");
    }

    [Theory]
    [InlineData(DemoData.BusinessManagerKey)]
    [InlineData(DemoData.PublisherKey)]
    public async Task ListSections_AsReadOnlyRole_ReturnsSectionsWithCanEditFalse(string apiKey)
    {
        var response = await GetAsync(apiKey);

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"page":1,"max_page":1,"count":3,"sections":[
              {{Country.Replace("\"can_edit\":true", "\"can_edit\":false", StringComparison.Ordinal)}},
              {{Category.Replace("\"can_edit\":true", "\"can_edit\":false", StringComparison.Ordinal)}},
              {{Puller}}]}
            """);
    }

    [Fact]
    public async Task ListSections_AsProviderWithoutOrgId_ReturnsSectionsOfAllItsOrganizations()
    {
        var response = await GetAsync(DemoData.ProviderKey);

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"page":1,"max_page":1,"count":4,"sections":[{{Country}},{{Category}},{{Puller}},{{Org2Country}}]}""");
    }

    [Fact]
    public async Task ListSections_AsProviderWithOrgId_ReturnsThatOrganizationsSections()
    {
        var response = await GetAsync(DemoData.ProviderKey, "?org_id=2");

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"page":1,"max_page":1,"count":1,"sections":[{{Org2Country}}]}""");
    }

    [Fact]
    public async Task ListSections_NonProviderWithOwnOrgId_ReturnsItsSections()
    {
        var response = await GetAsync(DemoData.Org2AdminKey, "?org_id=2");

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"page":1,"max_page":1,"count":1,"sections":[{{Org2Country}}]}""");
    }

    [Fact]
    public async Task ListSections_UnknownOrgId_Returns404()
    {
        var response = await GetAsync(DemoData.ProviderKey, "?org_id=999");

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task ListSections_NonIntegerOrgId_Returns400OnOrgId()
    {
        var response = await GetAsync(DemoData.ProviderKey, "?org_id=abc");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("org_id", "Not a valid integer."));
    }

    [Theory]
    [InlineData("ital")]
    [InlineData("ITALY")]
    [InlineData("aly")]
    public async Task ListSections_GroupNameQuery_KeepsSectionsWithAMatchingGroupInAnyCase(string query)
    {
        var response = await GetAsync(DemoData.OrgAdminKey, "?group_name_query=" + query);

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"page":1,"max_page":1,"count":1,"sections":[{{Country}}]}""");
    }

    [Fact]
    public async Task ListSections_GroupNameQueryMatchingGroupsOfSeveralSections_KeepsEachSectionOnce()
    {
        // France, Bakery and Florist contain an "r"; Italy and Flagship do not.
        var response = await GetAsync(DemoData.OrgAdminKey, "?group_name_query=R");

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"page":1,"max_page":1,"count":2,"sections":[{{Country}},{{Category}}]}""");
    }

    [Fact]
    public async Task ListSections_GroupNameQueryMatchingNothing_ReturnsEmptyPage()
    {
        var response = await GetAsync(DemoData.OrgAdminKey, "?group_name_query=nowhere");

        await response.ShouldBeAsync(HttpStatusCode.OK, """{"page":1,"max_page":1,"count":0,"sections":[]}""");
    }

    [Fact]
    public async Task ListSections_PagePastTheLast_ReturnsNoSections()
    {
        var response = await GetAsync(DemoData.OrgAdminKey, "?page=2");

        await response.ShouldBeAsync(HttpStatusCode.OK, """{"page":2,"max_page":1,"count":3,"sections":[]}""");
    }

    [Fact]
    public async Task ListSections_NonIntegerPage_Returns400OnPage()
    {
        var response = await GetAsync(DemoData.OrgAdminKey, "?page=x");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("page", "Not a valid integer."));
    }

    [Fact]
    public async Task ListSections_WithoutApiKey_Returns401()
    {
        var response = await sandbox.CreateClient(apiKey: null).GetAsync(Routes.Sections, TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }
}

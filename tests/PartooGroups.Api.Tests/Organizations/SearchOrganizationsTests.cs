using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Organizations;

public sealed class SearchOrganizationsTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const string FastRetailer = """
        {"org_id":1,"name":"Fast Retailer","alias":"fast_retailer","provider":"partoo-sandbox","type":"small_medium_business",
         "features":[],"org_features":[],"last_org_api_call":null,"max_businesses":100}
        """;

    private const string GreenGarden = """
        {"org_id":2,"name":"Green Garden","alias":"green_garden","provider":"partoo-sandbox","type":"small_medium_business",
         "features":[],"org_features":[],"last_org_api_call":null,"max_businesses":null}
        """;

    [Fact]
    public async Task SearchOrganizations_AsProvider_ReturnsEveryOrganizationOfItsProvider()
    {
        var response = await SearchAsync(DemoData.ProviderKey, "");

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"page":1,"max_page":1,"count":2,"orgs":[{{FastRetailer}},{{GreenGarden}}]}""");
    }

    [Theory]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    [InlineData(DemoData.GroupManagerKey)]
    [InlineData(DemoData.BusinessManagerKey)]
    [InlineData(DemoData.PublisherKey)]
    public async Task SearchOrganizations_AsNonProvider_ReturnsOnlyItsOrganization(string apiKey)
    {
        var response = await SearchAsync(apiKey, "");

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"page":1,"max_page":1,"count":1,"orgs":[{{FastRetailer}}]}""");
    }

    [Theory]
    [InlineData("?query=GREEN")]
    [InlineData("?query=garden")]
    [InlineData("?query=2")]
    [InlineData("?alias=green_garden")]
    [InlineData("?org_id=2")]
    public async Task SearchOrganizations_WithFilter_ReturnsMatchingOrganization(string queryString)
    {
        var response = await SearchAsync(DemoData.ProviderKey, queryString);

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"page":1,"max_page":1,"count":1,"orgs":[{{GreenGarden}}]}""");
    }

    [Theory]
    [InlineData(DemoData.ProviderKey, "?alias=green")]
    [InlineData(DemoData.ProviderKey, "?query=nothing-like-it")]
    [InlineData(DemoData.OrgAdminKey, "?org_id=2")]
    [InlineData(DemoData.OrgAdminKey, "?query=green")]
    public async Task SearchOrganizations_NothingMatchesInScope_ReturnsEmptyPage(string apiKey, string queryString)
    {
        var response = await SearchAsync(apiKey, queryString);

        await response.ShouldBeAsync(HttpStatusCode.OK, """{"page":1,"max_page":1,"count":0,"orgs":[]}""");
    }

    [Fact]
    public async Task SearchOrganizations_SecondPageOfOne_ReturnsSecondOrganization()
    {
        var response = await SearchAsync(DemoData.ProviderKey, "?page=2&per_page=1");

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"page":2,"max_page":2,"count":2,"orgs":[{{GreenGarden}}]}""");
    }

    [Theory]
    [InlineData("?per_page=0", "per_page", "Must be greater than or equal to 1 and less than or equal to 100.")]
    [InlineData("?per_page=101", "per_page", "Must be greater than or equal to 1 and less than or equal to 100.")]
    [InlineData("?page=first", "page", "Not a valid integer.")]
    [InlineData("?org_id=one", "org_id", "Not a valid integer.")]
    public async Task SearchOrganizations_InvalidParameter_Returns400OnIt(string queryString, string field, string message)
    {
        var response = await SearchAsync(DemoData.ProviderKey, queryString);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(field, message));
    }

    private Task<HttpResponseMessage> SearchAsync(string apiKey, string queryString) =>
        sandbox.CreateClient(apiKey).GetAsync(OrganizationApi.Search + queryString, TestContext.Current.CancellationToken);
}

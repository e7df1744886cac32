using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Organizations;

public sealed class GetOrganizationTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const string FastRetailer = """
        {"org_id":1,"name":"Fast Retailer","alias":"fast_retailer","provider":"partoo-sandbox","type":"small_medium_business",
         "features":[],"org_features":[],"last_org_api_call":null,"max_businesses":100}
        """;

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    [InlineData(DemoData.GroupManagerKey)]
    [InlineData(DemoData.BusinessManagerKey)]
    [InlineData(DemoData.PublisherKey)]
    public async Task GetOrganization_OfOrganizationInScope_ReturnsOrgObject(string apiKey)
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey);

        // Act
        var response = await client.GetAsync(OrganizationApi.Organization(DemoData.Org1), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, FastRetailer);
    }

    [Fact]
    public async Task GetOrganization_WithoutMaxBusinesses_ReturnsNullMaxBusinesses()
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey)
            .GetAsync(OrganizationApi.Organization(DemoData.Org2), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.OK, """
            {"org_id":2,"name":"Green Garden","alias":"green_garden","provider":"partoo-sandbox","type":"small_medium_business",
             "features":[],"org_features":[],"last_org_api_call":null,"max_businesses":null}
            """);
    }

    [Theory]
    [InlineData(DemoData.ProviderKey, "/v2/org/999999")]
    [InlineData(DemoData.OrgAdminKey, "/v2/org/999999")]
    [InlineData(DemoData.ProviderKey, "/v2/org/abc")]
    public async Task GetOrganization_UnknownOrNonIntegerId_Returns404(string apiKey, string path)
    {
        var response = await sandbox.CreateClient(apiKey).GetAsync(path, TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task GetOrganization_WithoutApiKey_Returns401()
    {
        var response = await sandbox.CreateClient(apiKey: null)
            .GetAsync(OrganizationApi.Organization(DemoData.Org1), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }
}

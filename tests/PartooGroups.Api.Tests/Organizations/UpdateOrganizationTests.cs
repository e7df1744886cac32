using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Organizations;

public sealed class UpdateOrganizationTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task UpdateOrganization_AsProvider_ChangesNameAliasAndMaxBusinesses()
    {
        // Arrange
        var (orgId, _) = await OrganizationApi.CreateAsync(sandbox, maxBusinesses: 3);
        var client = sandbox.CreateClient(DemoData.ProviderKey);
        var alias = $"renamed_{Guid.NewGuid():N}";

        // Act
        var response = await client.PostJsonAsync(OrganizationApi.Organization(orgId), $$"""{"name":"Renamed","alias":"{{alias}}","max_businesses":7}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"status":"success","org_id":{{orgId}}}""");
        var read = await client.GetAsync(OrganizationApi.Organization(orgId), TestContext.Current.CancellationToken);
        await read.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"org_id":{{orgId}},"name":"Renamed","alias":"{{alias}}","provider":"partoo-sandbox","type":"small_medium_business",
             "features":[],"org_features":[],"last_org_api_call":null,"max_businesses":7}
            """);
    }

    [Fact]
    public async Task UpdateOrganization_WithOnlySomeFields_KeepsTheOthers()
    {
        // Arrange
        var (orgId, alias) = await OrganizationApi.CreateAsync(sandbox, maxBusinesses: 3);
        var client = sandbox.CreateClient(DemoData.ProviderKey);

        // Act
        var response = await client.PostJsonAsync(OrganizationApi.Organization(orgId), """{"name":"Only the name"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"status":"success","org_id":{{orgId}}}""");
        var read = await client.GetAsync(OrganizationApi.Organization(orgId), TestContext.Current.CancellationToken);
        await read.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"org_id":{{orgId}},"name":"Only the name","alias":"{{alias}}","provider":"partoo-sandbox","type":"small_medium_business",
             "features":[],"org_features":[],"last_org_api_call":null,"max_businesses":3}
            """);
    }

    [Fact]
    public async Task UpdateOrganization_AsOrgAdminOfOwnOrganization_ChangesName()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await client.PostJsonAsync(OrganizationApi.Organization(DemoData.Org1), """{"name":"Fast Retailer Europe"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, """{"status":"success","org_id":1}""");
        var read = await client.GetAsync(OrganizationApi.Organization(DemoData.Org1), TestContext.Current.CancellationToken);
        Assert.Equal("Fast Retailer Europe", (string)(await read.ShouldHaveStatusAsync(HttpStatusCode.OK))["name"]!);
    }

    [Theory]
    [InlineData(DemoData.OrgManagerKey, DemoData.Org1)]
    [InlineData(DemoData.GroupManagerKey, DemoData.Org1)]
    [InlineData(DemoData.BusinessManagerKey, DemoData.Org1)]
    [InlineData(DemoData.PublisherKey, DemoData.Org1)]
    [InlineData(DemoData.Org2AdminKey, DemoData.Org1)]
    [InlineData(DemoData.OrgAdminKey, DemoData.Org2)]
    public async Task UpdateOrganization_WithoutWriteAccess_Returns403(string apiKey, int orgId)
    {
        var response = await sandbox.CreateClient(apiKey).PostJsonAsync(OrganizationApi.Organization(orgId), """{"name":"Taken over"}""");

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task UpdateOrganization_MaxBusinessesFromNonProvider_Returns403()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .PostJsonAsync(OrganizationApi.Organization(DemoData.Org1), """{"max_businesses":1000}""");

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task UpdateOrganization_AliasOfAnotherOrganization_Returns400AliasAlreadyExists()
    {
        var (orgId, _) = await OrganizationApi.CreateAsync(sandbox);

        var response = await sandbox.CreateClient(DemoData.ProviderKey)
            .PostJsonAsync(OrganizationApi.Organization(orgId), """{"alias":"green_garden"}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("alias", "alias_already_exists"));
    }

    [Fact]
    public async Task UpdateOrganization_ItsOwnAlias_Returns200()
    {
        var (orgId, alias) = await OrganizationApi.CreateAsync(sandbox);

        var response = await sandbox.CreateClient(DemoData.ProviderKey)
            .PostJsonAsync(OrganizationApi.Organization(orgId), $$"""{"alias":"{{alias}}"}""");

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"status":"success","org_id":{{orgId}}}""");
    }

    [Theory]
    [InlineData("""{"alias":"Bad Alias"}""", "alias", "String does not match expected pattern ^[a-z0-9_]+$.")]
    [InlineData("""{"name":"  "}""", "name", "Field may not be blank.")]
    [InlineData("""{"max_businesses":-1}""", "max_businesses", "Must be greater than or equal to 0.")]
    [InlineData("""{"max_businesses":"ten"}""", "max_businesses", "Not a valid integer.")]
    [InlineData("""{"type":"enterprise"}""", "type", "Unknown field.")]
    public async Task UpdateOrganization_InvalidField_Returns400OnThatField(string json, string field, string message)
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey).PostJsonAsync(OrganizationApi.Organization(DemoData.Org2), json);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(field, message));
    }

    [Fact]
    public async Task UpdateOrganization_UnknownOrganization_Returns404()
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey).PostJsonAsync(OrganizationApi.Organization(999999), """{"name":"Ghost"}""");

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task UpdateOrganization_FormEncodedBody_Returns415()
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey)
            .PostJsonAsync(OrganizationApi.Organization(DemoData.Org2), "name=Other", "application/x-www-form-urlencoded");

        await response.ShouldBeAsync(HttpStatusCode.UnsupportedMediaType, ErrorBodies.UnsupportedMediaType);
    }
}

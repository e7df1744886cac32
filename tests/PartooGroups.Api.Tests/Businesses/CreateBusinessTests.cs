using System.Net;
using System.Text.RegularExpressions;
using PartooGroups.Api.Tests.Infrastructure;
using PartooGroups.Api.Tests.Organizations;

namespace PartooGroups.Api.Tests.Businesses;

public sealed partial class CreateBusinessTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Theory]
    [InlineData(DemoData.ProviderKey, ""","org_id":1""")]
    [InlineData(DemoData.ProviderKey, ""","org_id":"1" """)]
    [InlineData(DemoData.OrgAdminKey, "")]
    [InlineData(DemoData.OrgAdminKey, ""","org_id":1""")]
    [InlineData(DemoData.OrgManagerKey, "")]
    public async Task CreateBusiness_AsAllowedRole_Returns200WithNewIdAndStoresDefaults(string apiKey, string orgJson)
    {
        // Arrange
        var name = $"Shop {Guid.NewGuid():N}";
        var client = sandbox.CreateClient(apiKey);

        // Act
        var response = await client.PostJsonAsync(BusinessApi.Businesses, $$"""{"name":"{{name}}"{{orgJson}}}""");

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var id = (string)body["id"]!;
        Assert.Matches(ObjectId(), id);
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"status":"success","id":"{{id}}"}""");
        var read = await client.GetAsync(BusinessApi.Business(id), TestContext.Current.CancellationToken);
        await read.ShouldBeAsync(HttpStatusCode.OK, BusinessApi.Json(id, DemoData.Org1, name, []));
    }

    [Fact]
    public async Task CreateBusiness_WithEveryField_StoresThemAndSortsGroups()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var code = $"C-{Guid.NewGuid():N}";

        // Act
        var response = await client.PostJsonAsync(BusinessApi.Businesses, $$"""
            {"name":"Nice Promenade","reach":"GLOBAL","code":"{{code}}","city":"Nice","zipcode":"06000","country":"FR","groups":[4,1,4]}
            """);

        // Assert
        var id = (string)(await response.ShouldHaveStatusAsync(HttpStatusCode.OK))["id"]!;
        var read = await client.GetAsync(BusinessApi.Business(id), TestContext.Current.CancellationToken);
        await read.ShouldBeAsync(HttpStatusCode.OK, BusinessApi.Json(id, DemoData.Org1, "Nice Promenade", [1, 4], "GLOBAL", code, "Nice", "06000", "FR"));
    }

    [Theory]
    [InlineData(DemoData.GroupManagerKey)]
    [InlineData(DemoData.BusinessManagerKey)]
    [InlineData(DemoData.PublisherKey)]
    public async Task CreateBusiness_AsRoleThatMayNotCreate_Returns403(string apiKey)
    {
        var response = await sandbox.CreateClient(apiKey).PostJsonAsync(BusinessApi.Businesses, """{"name":"Not mine to make"}""");

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task CreateBusiness_UnknownOrganization_Returns404()
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey).PostJsonAsync(BusinessApi.Businesses, """{"name":"Nowhere","org_id":999999}""");

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Theory]
    [InlineData(DemoData.ProviderKey, """{"name":"No org"}""", "org_id", "Missing data for required field.")]
    [InlineData(DemoData.OrgAdminKey, """{"org_id":1}""", "name", "Missing data for required field.")]
    [InlineData(DemoData.OrgAdminKey, """{"name":" "}""", "name", "Field may not be blank.")]
    [InlineData(DemoData.OrgAdminKey, """{"name":"Shop","reach":"REGIONAL"}""", "reach", "Must be one of: LOCAL, GLOBAL.")]
    [InlineData(DemoData.OrgAdminKey, """{"name":"Shop","groups":"1,2"}""", "groups", "Not a valid list.")]
    [InlineData(DemoData.OrgAdminKey, """{"name":"Shop","groups":["one"]}""", "groups", "Not a valid integer.")]
    [InlineData(DemoData.OrgAdminKey, """{"name":"Shop","org_id":"one"}""", "org_id", "Not a valid integer.")]
    [InlineData(DemoData.OrgAdminKey, """{"name":"Shop","group_id":1}""", "group_id", "Unknown field.")]
    public async Task CreateBusiness_InvalidField_Returns400OnThatField(string apiKey, string json, string field, string message)
    {
        var response = await sandbox.CreateClient(apiKey).PostJsonAsync(BusinessApi.Businesses, json);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(field, message));
    }

    [Fact]
    public async Task CreateBusiness_CodeAlreadyUsedInOrganization_Returns400OnCode()
    {
        // Arrange
        var code = $"C-{Guid.NewGuid():N}";
        await BusinessApi.CreateInOrg1Async(sandbox, extraJson: $$""","code":"{{code}}" """);

        // Act
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(BusinessApi.Businesses, $$"""{"name":"Twin","code":"{{code}}"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("code", "code_already_exists"));
    }

    [Fact]
    public async Task CreateBusiness_SameCodeInAnotherOrganization_Returns200()
    {
        var code = $"C-{Guid.NewGuid():N}";
        await BusinessApi.CreateInOrg1Async(sandbox, extraJson: $$""","code":"{{code}}" """);

        var response = await sandbox.CreateClient(DemoData.Org2AdminKey).PostJsonAsync(BusinessApi.Businesses, $$"""{"name":"Twin","code":"{{code}}"}""");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CreateBusiness_UnknownOrForeignGroups_Returns400OnGroups()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .PostJsonAsync(BusinessApi.Businesses, $$"""{"name":"Lost","groups":[1,999999,{{DemoData.Spain}}]}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("groups", "Unknown group ids: 6, 999999"));
    }

    [Fact]
    public async Task CreateBusiness_InPullerGroup_Returns403()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .PostJsonAsync(BusinessApi.Businesses, $$"""{"name":"Flag","groups":[{{DemoData.Flagship}}]}""");

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task CreateBusiness_LocalBeyondMaxBusinesses_Returns400AndGlobalStillFits()
    {
        // Arrange
        var (orgId, _) = await OrganizationApi.CreateAsync(sandbox, maxBusinesses: 2);
        var client = sandbox.CreateClient(DemoData.ProviderKey);
        await BusinessApi.CreateAsync(sandbox, $$"""{"name":"One","org_id":{{orgId}}}""");
        await BusinessApi.CreateAsync(sandbox, $$"""{"name":"Two","org_id":{{orgId}},"reach":"LOCAL"}""");

        // Act
        var third = await client.PostJsonAsync(BusinessApi.Businesses, $$"""{"name":"Three","org_id":{{orgId}}}""");
        var brand = await client.PostJsonAsync(BusinessApi.Businesses, $$"""{"name":"Brand","org_id":{{orgId}},"reach":"GLOBAL"}""");

        // Assert
        await third.ShouldBeAsync(HttpStatusCode.BadRequest,
            ErrorBodies.Field("max_businesses", "The organization has reached its maximum number of local businesses (2)."));
        await brand.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal(3, (await BusinessApi.SearchIdsAsync(client, $"?org_id={orgId}")).Length);
    }

    [Fact]
    public async Task CreateBusiness_MaxBusinessesZero_RefusesFirstLocal()
    {
        var (orgId, _) = await OrganizationApi.CreateAsync(sandbox, maxBusinesses: 0);

        var response = await sandbox.CreateClient(DemoData.ProviderKey).PostJsonAsync(BusinessApi.Businesses, $$"""{"name":"First","org_id":{{orgId}}}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest,
            ErrorBodies.Field("max_businesses", "The organization has reached its maximum number of local businesses (0)."));
    }

    [Fact]
    public async Task CreateBusiness_FormEncodedBody_Returns415()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(BusinessApi.Businesses, "name=Shop", "application/x-www-form-urlencoded");

        await response.ShouldBeAsync(HttpStatusCode.UnsupportedMediaType, ErrorBodies.UnsupportedMediaType);
    }

    [Fact]
    public async Task CreateBusiness_WithoutApiKey_Returns401()
    {
        var response = await sandbox.CreateClient(apiKey: null).PostJsonAsync(BusinessApi.Businesses, """{"name":"Anonymous"}""");

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [GeneratedRegex("^[0-9a-f]{24}$")]
    private static partial Regex ObjectId();
}

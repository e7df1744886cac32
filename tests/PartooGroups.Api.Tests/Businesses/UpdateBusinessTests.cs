using System.Net;
using PartooGroups.Api.Tests.Infrastructure;
using PartooGroups.Api.Tests.Organizations;

namespace PartooGroups.Api.Tests.Businesses;

public sealed class UpdateBusinessTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task UpdateBusiness_SomeFields_ChangesOnlyThose()
    {
        // Arrange
        var code = $"C-{Guid.NewGuid():N}";
        var id = await BusinessApi.CreateInOrg1Async(sandbox, "Before", $$""","code":"{{code}}","city":"Lyon","zipcode":"69003","groups":[1]""");
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await client.PostJsonAsync(BusinessApi.Business(id), """{"name":"After","country":"FR","status":"temporarily_closed"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"status":"success","id":"{{id}}"}""");
        var read = await client.GetAsync(BusinessApi.Business(id), TestContext.Current.CancellationToken);
        await read.ShouldBeAsync(HttpStatusCode.OK,
            BusinessApi.Json(id, DemoData.Org1, "After", [DemoData.France], code: code, city: "Lyon", zipcode: "69003", country: "FR", status: "temporarily_closed"));
    }

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    [InlineData(DemoData.GroupManagerKey)]
    public async Task UpdateBusiness_AsRoleWithBusinessInScope_Returns200(string apiKey)
    {
        // Arrange: Italy puts the business inside the group manager's accesses.
        var id = await BusinessApi.CreateInOrg1Async(sandbox, extraJson: $$""","groups":[{{DemoData.Italy}}]""");

        // Act
        var response = await sandbox.CreateClient(apiKey).PostJsonAsync(BusinessApi.Business(id), """{"city":"Torino"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"status":"success","id":"{{id}}"}""");
    }

    [Fact]
    public async Task UpdateBusiness_BusinessManagerOnAssignedBusiness_Returns200()
    {
        var response = await sandbox.CreateClient(DemoData.BusinessManagerKey)
            .PostJsonAsync(BusinessApi.Business(DemoData.LyonPartDieu), """{"zipcode":"69003"}""");

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"status":"success","id":"{{DemoData.LyonPartDieu}}"}""");
    }

    [Theory]
    [InlineData(DemoData.PublisherKey, DemoData.LyonPartDieu, """{"city":"Lyon"}""")]
    [InlineData(DemoData.BusinessManagerKey, DemoData.LyonPartDieu, """{"groups":[1]}""")]
    [InlineData(DemoData.BusinessManagerKey, DemoData.ParisRivoli, """{"city":"Paris"}""")]
    [InlineData(DemoData.GroupManagerKey, DemoData.LyonPartDieu, """{"city":"Lyon"}""")]
    [InlineData(DemoData.Org2AdminKey, DemoData.LyonPartDieu, """{"city":"Lyon"}""")]
    [InlineData(DemoData.OrgAdminKey, DemoData.MadridSol, """{"city":"Madrid"}""")]
    public async Task UpdateBusiness_WithoutWriteAccess_Returns403(string apiKey, string businessId, string json)
    {
        var response = await sandbox.CreateClient(apiKey).PostJsonAsync(BusinessApi.Business(businessId), json);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task UpdateBusiness_Groups_ReplacesMembership()
    {
        // Arrange
        var id = await BusinessApi.CreateInOrg1Async(sandbox, extraJson: ""","groups":[1,3]""");
        var client = sandbox.CreateClient(DemoData.GroupManagerKey);

        // Act
        var response = await client.PostJsonAsync(BusinessApi.Business(id), """{"groups":[4,2]}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"status":"success","id":"{{id}}"}""");
        var read = await client.GetAsync(BusinessApi.Business(id), TestContext.Current.CancellationToken);
        Assert.Equal("[2,4]", (await read.ShouldHaveStatusAsync(HttpStatusCode.OK))["groups"]!.ToJsonString());
    }

    [Fact]
    public async Task UpdateBusiness_EmptyGroups_RemovesEveryMembership()
    {
        var id = await BusinessApi.CreateInOrg1Async(sandbox, extraJson: ""","groups":[1,3]""");
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        var response = await client.PostJsonAsync(BusinessApi.Business(id), """{"groups":[]}""");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var read = await client.GetAsync(BusinessApi.Business(id), TestContext.Current.CancellationToken);
        Assert.Equal("[]", (await read.ShouldHaveStatusAsync(HttpStatusCode.OK))["groups"]!.ToJsonString());
    }

    [Theory]
    [InlineData(DemoData.LyonPartDieu, "[1,4,5]")]
    [InlineData(DemoData.ParisRivoli, "[1,3]")]
    public async Task UpdateBusiness_ChangingPullerGroupMembership_Returns403(string businessId, string groups)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(BusinessApi.Business(businessId), $$"""{"groups":{{groups}}}""");

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task UpdateBusiness_KeepingPullerGroupWhileChangingOthers_Returns200()
    {
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        var response = await client.PostJsonAsync(BusinessApi.Business(DemoData.MilanoDuomo), """{"groups":[5,2]}""");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var read = await client.GetAsync(BusinessApi.Business(DemoData.MilanoDuomo), TestContext.Current.CancellationToken);
        Assert.Equal("[2,5]", (await read.ShouldHaveStatusAsync(HttpStatusCode.OK))["groups"]!.ToJsonString());
    }

    [Fact]
    public async Task UpdateBusiness_UnknownOrForeignGroups_Returns400OnGroups()
    {
        var id = await BusinessApi.CreateInOrg1Async(sandbox);

        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(BusinessApi.Business(id), """{"groups":[1,6,424242]}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("groups", "Unknown group ids: 6, 424242"));
    }

    [Fact]
    public async Task UpdateBusiness_CodeOfAnotherBusiness_Returns400OnCode()
    {
        var code = $"C-{Guid.NewGuid():N}";
        await BusinessApi.CreateInOrg1Async(sandbox, extraJson: $$""","code":"{{code}}" """);
        var id = await BusinessApi.CreateInOrg1Async(sandbox);

        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(BusinessApi.Business(id), $$"""{"code":"{{code}}"}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("code", "code_already_exists"));
    }

    [Fact]
    public async Task UpdateBusiness_ItsOwnCode_Returns200()
    {
        var code = $"C-{Guid.NewGuid():N}";
        var id = await BusinessApi.CreateInOrg1Async(sandbox, extraJson: $$""","code":"{{code}}" """);

        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(BusinessApi.Business(id), $$"""{"code":"{{code}}"}""");

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"status":"success","id":"{{id}}"}""");
    }

    [Fact]
    public async Task UpdateBusiness_GlobalToLocalAtMaxBusinesses_Returns400()
    {
        // Arrange
        var (orgId, _) = await OrganizationApi.CreateAsync(sandbox, maxBusinesses: 1);
        await BusinessApi.CreateAsync(sandbox, $$"""{"name":"Local","org_id":{{orgId}}}""");
        var brand = await BusinessApi.CreateAsync(sandbox, $$"""{"name":"Brand","org_id":{{orgId}},"reach":"GLOBAL"}""");

        // Act
        var response = await sandbox.CreateClient(DemoData.ProviderKey).PostJsonAsync(BusinessApi.Business(brand), """{"reach":"LOCAL"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest,
            ErrorBodies.Field("max_businesses", "The organization has reached its maximum number of local businesses (1)."));
    }

    [Theory]
    [InlineData("""{"name":""}""", "name", "Field may not be blank.")]
    [InlineData("""{"reach":"local"}""", "reach", "Must be one of: LOCAL, GLOBAL.")]
    [InlineData("""{"status":"gone"}""", "status", "Must be one of: open, closed, opening_soon, temporarily_closed.")]
    [InlineData("""{"org_id":2}""", "org_id", "Unknown field.")]
    [InlineData("""{"city":75}""", "city", "Not a valid string.")]
    public async Task UpdateBusiness_InvalidField_Returns400OnThatField(string json, string field, string message)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(BusinessApi.Business(DemoData.LyonPartDieu), json);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(field, message));
    }

    [Theory]
    [InlineData("5409c35a97bbc544d8e26799")]
    [InlineData("search")]
    public async Task UpdateBusiness_UnknownOrMalformedId_Returns404(string businessId)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(BusinessApi.Business(businessId), """{"city":"Nowhere"}""");

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }
}

using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Businesses;

public sealed class DeleteBusinessTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    public async Task DeleteBusiness_AsAllowedRole_Returns200AndBusinessIsGone(string apiKey)
    {
        // Arrange
        var id = await BusinessApi.CreateInOrg1Async(sandbox);
        var client = sandbox.CreateClient(apiKey);

        // Act
        var response = await client.DeleteAsync(BusinessApi.Business(id), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, """{"status":"success"}""");
        var read = await client.GetAsync(BusinessApi.Business(id), TestContext.Current.CancellationToken);
        await read.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Theory]
    [InlineData(DemoData.GroupManagerKey, DemoData.RomaTermini)]
    [InlineData(DemoData.BusinessManagerKey, DemoData.LyonPartDieu)]
    [InlineData(DemoData.PublisherKey, DemoData.LyonPartDieu)]
    [InlineData(DemoData.Org2AdminKey, DemoData.LyonPartDieu)]
    [InlineData(DemoData.OrgAdminKey, DemoData.MadridSol)]
    public async Task DeleteBusiness_WithoutWriteAccess_Returns403(string apiKey, string businessId)
    {
        var response = await sandbox.CreateClient(apiKey).DeleteAsync(BusinessApi.Business(businessId), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Theory]
    [InlineData("5409c35a97bbc544d8e26799")]
    [InlineData("xyz")]
    public async Task DeleteBusiness_UnknownOrMalformedId_Returns404(string businessId)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).DeleteAsync(BusinessApi.Business(businessId), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task DeleteBusiness_InGroups_LeavesTheGroups()
    {
        // Arrange
        var id = await BusinessApi.CreateInOrg1Async(sandbox, extraJson: ""","groups":[2]""");
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await client.DeleteAsync(BusinessApi.Business(id), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var group = await client.GetAsync(Routes.Group(DemoData.CountrySection, DemoData.Italy), TestContext.Current.CancellationToken);
        await group.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":2,"name":"Italy","has_puller":false,
             "business_ids":["{{DemoData.RomaTermini}}","{{DemoData.MilanoDuomo}}","{{DemoData.TorinoCentro}}"]}
            """);
    }

    [Fact]
    public async Task DeleteBusiness_AssignedToBusinessManager_RemovesTheAssignment()
    {
        // Arrange: a sandbox of its own, because the demo business manager's only business goes.
        await using var fresh = new SandboxFactory();
        var ct = TestContext.Current.CancellationToken;

        // Act
        var response = await fresh.CreateClient(DemoData.OrgAdminKey).DeleteAsync(BusinessApi.Business(DemoData.LyonPartDieu), ct);

        // Assert
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var search = await fresh.CreateClient(DemoData.BusinessManagerKey).GetAsync(BusinessApi.Search, ct);
        await search.ShouldBeAsync(HttpStatusCode.OK, """{"page":1,"max_page":1,"count":0,"businesses":[]}""");
    }
}

using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Businesses;

public sealed class GetBusinessTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    [InlineData(DemoData.BusinessManagerKey)]
    [InlineData(DemoData.PublisherKey)]
    public async Task GetBusiness_InCallersScope_ReturnsBusinessWithSortedGroups(string apiKey)
    {
        var response = await sandbox.CreateClient(apiKey).GetAsync(BusinessApi.Business(DemoData.LyonPartDieu), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.OK,
            BusinessApi.Json(DemoData.LyonPartDieu, DemoData.Org1, "Lyon Part-Dieu", [DemoData.France, DemoData.Florist]));
    }

    [Fact]
    public async Task GetBusiness_GroupManagerInAccesses_ReturnsBusinessIncludingPullerGroup()
    {
        var response = await sandbox.CreateClient(DemoData.GroupManagerKey)
            .GetAsync(BusinessApi.Business(DemoData.MilanoDuomo), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.OK,
            BusinessApi.Json(DemoData.MilanoDuomo, DemoData.Org1, "Milano Duomo", [DemoData.Italy, DemoData.Florist, DemoData.Flagship]));
    }

    [Theory]
    [InlineData(DemoData.GroupManagerKey, DemoData.LyonPartDieu)]
    [InlineData(DemoData.BusinessManagerKey, DemoData.ParisRivoli)]
    [InlineData(DemoData.OrgAdminKey, DemoData.MadridSol)]
    [InlineData(DemoData.Org2AdminKey, DemoData.LyonPartDieu)]
    public async Task GetBusiness_OutsideCallersScope_Returns403(string apiKey, string businessId)
    {
        var response = await sandbox.CreateClient(apiKey).GetAsync(BusinessApi.Business(businessId), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task GetBusiness_ProviderInAnyOrganizationOfItsProvider_Returns200()
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey).GetAsync(BusinessApi.Business(DemoData.MadridSol), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.OK, BusinessApi.Json(DemoData.MadridSol, DemoData.Org2, "Madrid Sol", [DemoData.Spain]));
    }

    [Theory]
    [InlineData("5409c35a97bbc544d8e26799")]
    [InlineData("5409C35A97BBC544D8E26703")]
    [InlineData("5409c35a97bbc544d8e2670")]
    [InlineData("not-a-business")]
    public async Task GetBusiness_UnknownOrMalformedId_Returns404(string businessId)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync(BusinessApi.Business(businessId), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task GetBusiness_WithoutApiKey_Returns401()
    {
        var response = await sandbox.CreateClient(apiKey: null).GetAsync(BusinessApi.Business(DemoData.LyonPartDieu), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }
}

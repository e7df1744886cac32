using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Businesses;

/// <summary>Searches over the untouched demo data (no test of this class writes).</summary>
public sealed class SearchBusinessesTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task SearchBusinesses_ByBusinessIn_ReturnsEnvelopeWithBusinessObjects()
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .GetAsync($"{BusinessApi.Search}?business__in={DemoData.LyonPartDieu},{DemoData.MadridSol}", TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"page":1,"max_page":1,"count":1,
             "businesses":[{{BusinessApi.Json(DemoData.LyonPartDieu, DemoData.Org1, "Lyon Part-Dieu", [DemoData.France, DemoData.Florist])}}]}
            """);
    }

    [Theory]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    [InlineData(DemoData.PublisherKey)]
    public async Task SearchBusinesses_AsRoleWithWholeOrganization_ReturnsEveryBusinessOfItOrderedById(string apiKey)
    {
        var ids = await BusinessApi.SearchIdsAsync(sandbox.CreateClient(apiKey), "");

        Assert.Equal(DemoData.Org1Businesses, ids);
    }

    [Fact]
    public async Task SearchBusinesses_AsGroupManager_ReturnsItsAccessScope()
    {
        var ids = await BusinessApi.SearchIdsAsync(sandbox.CreateClient(DemoData.GroupManagerKey), "");

        Assert.Equal(DemoData.GroupManagerScope, ids);
    }

    [Fact]
    public async Task SearchBusinesses_AsBusinessManager_ReturnsItsAssignedBusinesses()
    {
        var ids = await BusinessApi.SearchIdsAsync(sandbox.CreateClient(DemoData.BusinessManagerKey), "");

        Assert.Equal(DemoData.BusinessManagerScope, ids);
    }

    [Theory]
    [InlineData("?groups=1,3")]
    [InlineData("?groups=1&groups=3")]
    [InlineData("?groups[]=1&groups[]=3")]
    public async Task SearchBusinesses_GroupsFromTwoSections_AppliesAndAcrossSections(string queryString)
    {
        var ids = await BusinessApi.SearchIdsAsync(sandbox.CreateClient(DemoData.OrgAdminKey), queryString);

        Assert.Equal([DemoData.ParisRivoli, DemoData.ParisBastille], ids);
    }

    [Fact]
    public async Task SearchBusinesses_GroupsOfOneSection_AppliesOrInsideSection()
    {
        var ids = await BusinessApi.SearchIdsAsync(sandbox.CreateClient(DemoData.OrgAdminKey), "?groups=1,2");

        Assert.Equal(DemoData.Org1Businesses[..7], ids);
    }

    [Fact]
    public async Task SearchBusinesses_OrInsideAndAcrossSections_CombinesBoth()
    {
        var ids = await BusinessApi.SearchIdsAsync(sandbox.CreateClient(DemoData.OrgAdminKey), "?groups=1,2,4");

        Assert.Equal([DemoData.LyonPartDieu, DemoData.Marseille, DemoData.MilanoDuomo], ids);
    }

    [Fact]
    public async Task SearchBusinesses_GroupsFilterAsGroupManager_StaysInsideItsScope()
    {
        var ids = await BusinessApi.SearchIdsAsync(sandbox.CreateClient(DemoData.GroupManagerKey), "?groups=4");

        Assert.Equal([DemoData.MilanoDuomo], ids);
    }

    [Theory]
    [InlineData("?query=PARIS", new[] { DemoData.ParisRivoli, DemoData.ParisBastille })]
    [InlineData("?query=duomo", new[] { DemoData.MilanoDuomo })]
    [InlineData("?query=nothing-like-it", new string[0])]
    public async Task SearchBusinesses_Query_MatchesNameCaseInsensitively(string queryString, string[] expected)
    {
        var ids = await BusinessApi.SearchIdsAsync(sandbox.CreateClient(DemoData.OrgAdminKey), queryString);

        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task SearchBusinesses_AsProviderWithoutOrgId_ReturnsEveryOrganizationsBusinesses()
    {
        var ids = await BusinessApi.SearchIdsAsync(sandbox.CreateClient(DemoData.ProviderKey), "?per_page=100");

        Assert.Equal(11, ids.Length);
    }

    [Fact]
    public async Task SearchBusinesses_AsProviderWithOrgId_ReturnsThatOrganizationsBusinesses()
    {
        var ids = await BusinessApi.SearchIdsAsync(sandbox.CreateClient(DemoData.ProviderKey), "?org_id=2");

        Assert.Equal([DemoData.MadridSol, "5409c35a97bbc544d8e26722", "5409c35a97bbc544d8e26723"], ids);
    }

    [Fact]
    public async Task SearchBusinesses_UnknownOrgId_Returns404()
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey).GetAsync(BusinessApi.Search + "?org_id=999999", TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Theory]
    [InlineData("?groups=1,999999", "groups", "Unknown group ids: 999999")]
    [InlineData("?groups=6", "groups", "Unknown group ids: 6")]
    [InlineData("?groups=one", "groups", "Not a valid integer.")]
    [InlineData("?per_page=101", "per_page", "Must be greater than or equal to 1 and less than or equal to 100.")]
    [InlineData("?per_page=0", "per_page", "Must be greater than or equal to 1 and less than or equal to 100.")]
    [InlineData("?org_id=x", "org_id", "Not a valid integer.")]
    public async Task SearchBusinesses_InvalidParameter_Returns400OnIt(string queryString, string field, string message)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync(BusinessApi.Search + queryString, TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(field, message));
    }
}

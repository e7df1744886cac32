using System.Net;
using PartooGroups.Api.Tests.Businesses;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Organizations;

/// <summary>A PROVIDER's scope stops at its own provider's organizations.</summary>
public sealed class ForeignProviderTests(TwoProviderSandbox sandbox) : IClassFixture<TwoProviderSandbox>
{
    [Fact]
    public async Task GetOrganization_OfAnotherProvider_Returns403()
    {
        var response = await Client().GetAsync(OrganizationApi.Organization(TwoProviderSandbox.OtherOrg), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task UpdateOrganization_OfAnotherProvider_Returns403()
    {
        var response = await Client().PostJsonAsync(OrganizationApi.Organization(TwoProviderSandbox.OtherOrg), """{"name":"Mine now"}""");

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task DeleteOrganization_OfAnotherProvider_Returns403()
    {
        var response = await Client().DeleteAsync(
            OrganizationApi.Organization(TwoProviderSandbox.OtherOrg) + "?force=true", TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task SearchOrganizations_AsProvider_LeavesOutAnotherProvidersOrganizations()
    {
        var response = await Client().GetAsync(OrganizationApi.Search + "?query=other", TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.OK, """{"page":1,"max_page":1,"count":0,"orgs":[]}""");
    }

    [Fact]
    public async Task GetBusiness_OfAnotherProvider_Returns403()
    {
        var response = await Client().GetAsync(BusinessApi.Business(TwoProviderSandbox.OtherBusiness), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task CreateBusiness_InAnotherProvidersOrganization_Returns403()
    {
        var response = await Client().PostJsonAsync(BusinessApi.Businesses, """{"name":"Intruder","org_id":3}""");

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task SearchBusinesses_OrgIdOfAnotherProvider_Returns403()
    {
        var response = await Client().GetAsync(BusinessApi.Search + "?org_id=3", TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task SearchBusinesses_AsProviderWithoutOrgId_ReturnsOnlyItsProvidersBusinesses()
    {
        var ids = await BusinessApi.SearchIdsAsync(Client(), "");

        Assert.Equal([TwoProviderSandbox.AcmeBusiness, TwoProviderSandbox.DoomedBusiness], ids);
    }

    [Fact]
    public async Task DeleteOrganization_WithUsersButNoBusinessesWithoutForce_Returns400()
    {
        var response = await Client().DeleteAsync(OrganizationApi.Organization(TwoProviderSandbox.StaffedOrg), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(
            HttpStatusCode.BadRequest,
            """{"errors":{"json":"The organization still has businesses or users. Send force=True to delete them with it."}}""");
    }

    private HttpClient Client() => sandbox.CreateClient(TwoProviderSandbox.AcmeProviderKey);
}

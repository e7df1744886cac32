using System.Net;
using PartooGroups.Api.Tests.Infrastructure;
using PartooGroups.Api.Tests.Organizations;

namespace PartooGroups.Api.Tests.Sections;

/// <summary>A PROVIDER's scope ends at its own provider's organizations, for sections as for the rest.</summary>
public sealed class ForeignProviderSectionsTests(TwoProviderSandbox sandbox) : IClassFixture<TwoProviderSandbox>
{
    private HttpClient OtherProvider => sandbox.CreateClient(TwoProviderSandbox.OtherProviderKey);

    [Fact]
    public async Task ListSections_ProviderWithoutOrgId_ListsOnlyItsOwnOrganizations()
    {
        var response = await OtherProvider.GetAsync(Routes.Sections, TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.OK, """{"page":1,"max_page":1,"count":0,"sections":[]}""");
    }

    [Fact]
    public async Task ListSections_ProviderNamingAnotherProvidersOrganization_Returns403()
    {
        var response = await OtherProvider.GetAsync($"{Routes.Sections}?org_id={TwoProviderSandbox.DoomedOrg}", TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task GetSection_OfAnotherProvider_Returns403()
    {
        var response = await OtherProvider.GetAsync(Routes.Section(TwoProviderSandbox.DoomedSection), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task CreateSection_InAnotherProvidersOrganization_Returns403()
    {
        var response = await OtherProvider.PostJsonAsync(Routes.Sections, $$"""{"name":"Intruder","org_id":{{TwoProviderSandbox.DoomedOrg}}}""");

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task DeleteGroup_OfAnotherProvider_Returns403()
    {
        var response = await OtherProvider.DeleteAsync(
            Routes.Group(TwoProviderSandbox.DoomedSection, TwoProviderSandbox.DoomedGroup), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }
}

using System.Net;
using PartooGroups.Api.Tests.Infrastructure;
using PartooGroups.Api.Tests.Organizations;

namespace PartooGroups.Api.Tests.Isolation;

/// <summary>
/// createOrganization by a PROVIDER, the one matrix cell that succeeds (so it has a sandbox of its own): a PROVIDER names
/// no target, its organization joins its own provider, and another provider's aliases neither collide nor show.
/// </summary>
public sealed class CreateOrganizationIsolationTests(IsolationSandbox sandbox) : IClassFixture<IsolationSandbox>
{
    private readonly HttpClient _north = sandbox.CreateClient(IsolationSeed.Caller("PROVIDER@north").Key);
    private readonly HttpClient _south = sandbox.CreateClient(IsolationSeed.Caller("PROVIDER@south").Key);

    [Fact]
    public async Task CreateOrganization_WithAliasOfAnotherProvidersOrganization_Returns200()
    {
        // Act
        var response = await _north.PostJsonAsync(Routes.Organizations, """{"name":"South Home Too","alias":"south_home"}""");

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal("south_home", body["alias"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateOrganization_AsProvider_IsSeenByItsProviderOnly()
    {
        // Arrange
        var name = $"Joined {Guid.NewGuid():N}";
        var created = await (await _north.PostJsonAsync(Routes.Organizations, $$"""{"name":"{{name}}"}"""))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        var orgId = created["org_id"]!.GetValue<int>();

        // Act
        var own = await _north.GetAsync(OrganizationApi.Organization(orgId), TestContext.Current.CancellationToken);
        var foreign = await _south.GetAsync(OrganizationApi.Organization(orgId), TestContext.Current.CancellationToken);
        var search = await _south.GetAsync($"{OrganizationApi.Search}?query={Uri.EscapeDataString(name)}", TestContext.Current.CancellationToken);

        // Assert
        var ownBody = await own.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal("north", ownBody["provider"]!.GetValue<string>());
        await foreign.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        await search.ShouldBeAsync(HttpStatusCode.OK, """{"page":1,"max_page":1,"count":0,"orgs":[]}""");
    }
}

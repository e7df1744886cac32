using System.Net;
using PartooGroups.Api.Tests.Infrastructure;
using PartooGroups.Api.Tests.Organizations;

namespace PartooGroups.Api.Tests.Diagnostics;

/// <summary>A rule with a tenant hits only that provider's callers; the journal tells providers apart.</summary>
public sealed class TenantFaultTests(TwoProviderSandbox sandbox) : IClassFixture<TwoProviderSandbox>
{
    private readonly HttpClient _admin = sandbox.CreateAdminClient();

    [Fact]
    public async Task GetOrganization_WithFaultForAnotherProvider_AnswersNormally()
    {
        // Arrange
        await _admin.ClearFaultsAsync();
        await _admin.AddFaultAsync("""{"operation_id":"getOrganization","kind":"503","tenant":"other"}""");

        // Act
        var acme = await sandbox.CreateClient(TwoProviderSandbox.AcmeProviderKey)
            .GetAsync(OrganizationApi.Organization(TwoProviderSandbox.AcmeOrg), TestContext.Current.CancellationToken);
        var other = await sandbox.CreateClient(TwoProviderSandbox.OtherProviderKey)
            .GetAsync(OrganizationApi.Organization(TwoProviderSandbox.OtherOrg), TestContext.Current.CancellationToken);

        // Assert
        await acme.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await other.ShouldBeAsync(HttpStatusCode.ServiceUnavailable, """{"errors":{"json":"Service unavailable"}}""");
    }

    [Fact]
    public async Task GetOrganization_WithFaultForOrganizationsProvider_HitsItsOrgAdminToo()
    {
        // Arrange
        await _admin.ClearFaultsAsync();
        await _admin.AddFaultAsync("""{"operation_id":"getOrganization","kind":"429","tenant":"acme"}""");

        // Act
        var response = await sandbox.CreateClient(TwoProviderSandbox.DoomedAdminKey)
            .GetAsync(OrganizationApi.Organization(TwoProviderSandbox.DoomedOrg), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.TooManyRequests, """{"errors":{"json":"Too many requests"}}""");
    }

    [Fact]
    public async Task ListRequests_WithTenant_LeavesOutOtherProviders()
    {
        // Arrange
        await _admin.ClearFaultsAsync();
        await _admin.ClearJournalAsync();
        await sandbox.CreateClient(TwoProviderSandbox.AcmeProviderKey)
            .GetAsync(OrganizationApi.Organization(TwoProviderSandbox.AcmeOrg), TestContext.Current.CancellationToken);
        await sandbox.CreateClient(TwoProviderSandbox.OtherProviderKey)
            .GetAsync(OrganizationApi.Organization(TwoProviderSandbox.OtherOrg), TestContext.Current.CancellationToken);

        // Act
        var requests = await _admin.JournalAsync("?tenant=other");

        // Assert
        requests.ShouldBe("""
            [{"method":"GET","path":"/v2/org/3","query_keys":[],"operation_id":"getOrganization","status":200,
              "tenant":"other","role":"PROVIDER","fault_id":null}]
            """);
    }
}

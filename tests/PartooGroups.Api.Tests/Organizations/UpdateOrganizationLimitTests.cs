using System.Net;
using PartooGroups.Api.Tests.Businesses;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Organizations;

/// <summary>In an update, an omitted <c>max_businesses</c> keeps the limit and <c>null</c> lifts it (the vendor's "no limit").</summary>
public sealed class UpdateOrganizationLimitTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private readonly HttpClient _provider = sandbox.CreateClient(DemoData.ProviderKey);

    [Fact]
    public async Task UpdateOrganization_WithMaxBusinessesNull_LiftsTheLimit()
    {
        // Arrange: an organization full at its limit of 1
        var (orgId, _) = await OrganizationApi.CreateAsync(sandbox, maxBusinesses: 1);
        await CreateBusinessAsync(orgId, HttpStatusCode.OK);
        await CreateBusinessAsync(orgId, HttpStatusCode.BadRequest);

        // Act
        var response = await _provider.PostJsonAsync(OrganizationApi.Organization(orgId), """{"max_businesses":null}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"status":"success","org_id":{{orgId}}}""");
        Assert.Null(await MaxBusinessesAsync(orgId));
        await CreateBusinessAsync(orgId, HttpStatusCode.OK);
    }

    [Fact]
    public async Task UpdateOrganization_WithoutMaxBusinesses_KeepsTheLimit()
    {
        // Arrange
        var (orgId, _) = await OrganizationApi.CreateAsync(sandbox, maxBusinesses: 4);

        // Act
        var response = await _provider.PostJsonAsync(OrganizationApi.Organization(orgId), """{"name":"Still limited"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"status":"success","org_id":{{orgId}}}""");
        Assert.Equal(4, await MaxBusinessesAsync(orgId));
    }

    [Fact]
    public async Task UpdateOrganization_MaxBusinessesNullFromOrgAdmin_Returns403AndKeepsTheLimit()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await admin.PostJsonAsync(OrganizationApi.Organization(DemoData.Org1), """{"max_businesses":null}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        Assert.Equal(100, await MaxBusinessesAsync(DemoData.Org1));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("true")]
    [InlineData("[1]")]
    public async Task UpdateOrganization_MaxBusinessesNotAnInteger_Returns400(string value)
    {
        // Arrange
        var (orgId, _) = await OrganizationApi.CreateAsync(sandbox, maxBusinesses: 2);

        // Act
        var response = await _provider.PostJsonAsync(OrganizationApi.Organization(orgId), $$"""{"max_businesses":{{value}}}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("max_businesses", "Not a valid integer."));
        Assert.Equal(2, await MaxBusinessesAsync(orgId));
    }

    private async Task CreateBusinessAsync(int orgId, HttpStatusCode expected)
    {
        var response = await _provider.PostJsonAsync(BusinessApi.Businesses, $$"""{"name":"Store {{Guid.NewGuid():N}}","org_id":{{orgId}},"reach":"LOCAL"}""");
        await response.ShouldHaveStatusAsync(expected);
    }

    private async Task<int?> MaxBusinessesAsync(int orgId)
    {
        var read = await (await _provider.GetAsync(OrganizationApi.Organization(orgId), TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        return read["max_businesses"]?.GetValue<int>();
    }
}

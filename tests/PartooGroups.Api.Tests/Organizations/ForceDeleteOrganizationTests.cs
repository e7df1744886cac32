using System.Net;
using PartooGroups.Api.Tests.Businesses;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Organizations;

/// <summary>A forced delete takes the whole organization with it; each test runs on its own fresh sandbox.</summary>
public sealed class ForceDeleteOrganizationTests
{
    [Theory]
    [InlineData("?force=True", null)]
    [InlineData("", """{"force":"True"}""")]
    public async Task DeleteOrganization_Forced_DeletesBusinessesSectionsGroupsUsersAndKeys(string query, string? body)
    {
        // Arrange
        await using var sandbox = new TwoProviderSandbox();
        var provider = sandbox.CreateClient(TwoProviderSandbox.AcmeProviderKey);
        var request = new HttpRequestMessage(HttpMethod.Delete, OrganizationApi.Organization(TwoProviderSandbox.DoomedOrg) + query);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        // Act
        var response = await provider.SendAsync(request, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, """{"status":"success","org_id":2}""");
        var ct = TestContext.Current.CancellationToken;
        await (await provider.GetAsync(OrganizationApi.Organization(TwoProviderSandbox.DoomedOrg), ct)).ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
        await (await provider.GetAsync(BusinessApi.Business(TwoProviderSandbox.DoomedBusiness), ct)).ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
        await (await provider.GetAsync(Routes.Group(TwoProviderSandbox.DoomedSection, TwoProviderSandbox.DoomedGroup), ct))
            .ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
        foreach (var key in new[] { TwoProviderSandbox.DoomedAdminKey, TwoProviderSandbox.DoomedGroupManagerKey, TwoProviderSandbox.DoomedBusinessManagerKey })
        {
            await (await sandbox.CreateClient(key).GetAsync(OrganizationApi.Search, ct)).ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
        }

        await (await provider.GetAsync(BusinessApi.Business(TwoProviderSandbox.AcmeBusiness), ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }
}

using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Organizations;

/// <summary>Users alone, without businesses, keep an organization from being deleted without force.</summary>
public sealed class DeleteStaffedOrganizationTests(TwoProviderSandbox sandbox) : IClassFixture<TwoProviderSandbox>
{
    [Fact]
    public async Task DeleteOrganization_WithUsersButNoBusinessesWithoutForce_Returns400()
    {
        var response = await sandbox.CreateClient(TwoProviderSandbox.AcmeProviderKey)
            .DeleteAsync(OrganizationApi.Organization(TwoProviderSandbox.StaffedOrg), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(
            HttpStatusCode.BadRequest,
            """{"errors":{"json":"The organization still has businesses or users. Send force=True to delete them with it."}}""");
    }
}

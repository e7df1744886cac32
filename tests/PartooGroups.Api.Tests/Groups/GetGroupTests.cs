using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Groups;

public sealed class GetGroupTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task GetGroup_OfOwnOrganization_ReturnsGroupWithSortedBusinessIds()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await client.GetAsync(Routes.Group(DemoData.CountrySection, DemoData.Italy), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":2,"name":"Italy","has_puller":false,
             "business_ids":["{{DemoData.RomaTermini}}","{{DemoData.MilanoDuomo}}","{{DemoData.TorinoCentro}}"]}
            """);
    }

    [Fact]
    public async Task GetGroup_WithoutApiKey_Returns401()
    {
        var response = await sandbox.CreateClient(apiKey: null).GetAsync(Routes.Group(DemoData.CountrySection, DemoData.France), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }
}

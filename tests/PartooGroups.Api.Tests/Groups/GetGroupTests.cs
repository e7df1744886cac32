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

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    [InlineData(DemoData.GroupManagerKey)]
    [InlineData(DemoData.BusinessManagerKey)]
    [InlineData(DemoData.PublisherKey)]
    public async Task GetGroup_ByAnyRoleOfTheOrganization_Returns200WithTheWholeGroup(string apiKey)
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey);

        // Act
        var response = await client.GetAsync(Routes.Group(DemoData.CategorySection, DemoData.Florist), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":4,"name":"Florist","has_puller":false,
             "business_ids":["{{DemoData.LyonPartDieu}}","{{DemoData.Marseille}}","{{DemoData.MilanoDuomo}}"]}
            """);
    }

    [Fact]
    public async Task GetGroup_OfPullerSection_Returns200WithHasPullerTrue()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.PublisherKey);

        // Act
        var response = await client.GetAsync(Routes.Group(DemoData.PullerSection, DemoData.Flagship), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":5,"name":"Flagship","has_puller":true,"business_ids":["{{DemoData.ParisRivoli}}","{{DemoData.MilanoDuomo}}"]}
            """);
    }

    [Theory]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.Org2AdminKey)]
    public async Task GetGroup_UnknownGroup_Returns404BeforeScope(string apiKey)
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey);

        // Act
        var response = await client.GetAsync(Routes.Group(DemoData.CountrySection, 999), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Theory]
    [InlineData(DemoData.CategorySection, DemoData.France)]
    [InlineData(DemoData.CountrySection, DemoData.Bakery)]
    [InlineData(DemoData.CountrySection, DemoData.Spain)]
    [InlineData(DemoData.Org2CountrySection, DemoData.France)]
    public async Task GetGroup_OfAnotherSection_Returns404(int sectionId, int groupId)
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.ProviderKey);

        // Act
        var response = await client.GetAsync(Routes.Group(sectionId, groupId), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Theory]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.Org2AdminKey)]
    public async Task GetGroup_InUnknownSection_Returns404BeforeScope(string apiKey)
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey);

        // Act
        var response = await client.GetAsync(Routes.Group(999, DemoData.France), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Theory]
    [InlineData("/v2/sections/1/groups/abc")]
    [InlineData("/v2/sections/1/groups/1.0")]
    [InlineData("/v2/sections/1/groups/0x1")]
    [InlineData("/v2/sections/1/groups/-1")]
    [InlineData("/v2/sections/1/groups/0")]
    [InlineData("/v2/sections/1/groups/2147483648")]
    [InlineData("/v2/sections/1/groups/99999999999999999999")]
    [InlineData("/v2/sections/abc/groups/1")]
    [InlineData("/v2/sections/-1/groups/1")]
    [InlineData("/v2/sections/2147483648/groups/1")]
    public async Task GetGroup_WithIdNotAPositiveInteger_Returns404(string path)
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }
}

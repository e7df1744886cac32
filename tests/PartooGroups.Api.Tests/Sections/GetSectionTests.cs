using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sections;

public sealed class GetSectionTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const string CountryGroups = """[{"id":1,"name":"France","has_puller":false},{"id":2,"name":"Italy","has_puller":false}]""";

    [Fact]
    public async Task GetSection_OfOwnOrganization_ReturnsSectionWithGroupsOrderedById()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await client.GetAsync(Routes.Section(DemoData.CountrySection), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":1,"name":"Country","groups":{{CountryGroups}},"can_edit":true,"has_puller":false}
            """);
    }

    [Theory]
    [InlineData(DemoData.ProviderKey, true)]
    [InlineData(DemoData.OrgAdminKey, true)]
    [InlineData(DemoData.OrgManagerKey, true)]
    [InlineData(DemoData.GroupManagerKey, true)]
    [InlineData(DemoData.BusinessManagerKey, false)]
    [InlineData(DemoData.PublisherKey, false)]
    public async Task GetSection_ByEveryRoleOfTheOrganization_ReturnsSectionWithItsCanEdit(string apiKey, bool canEdit)
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey);

        // Act
        var response = await client.GetAsync(Routes.Section(DemoData.CountrySection), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":1,"name":"Country","groups":{{CountryGroups}},"can_edit":{{(canEdit ? "true" : "false")}},"has_puller":false}
            """);
    }

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.GroupManagerKey)]
    public async Task GetSection_PullerSection_IsReadableWithCanEditFalse(string apiKey)
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey);

        // Act
        var response = await client.GetAsync(Routes.Section(DemoData.PullerSection), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, """
            {"id":3,"name":"Store format (synced)","groups":[{"id":5,"name":"Flagship","has_puller":true}],"can_edit":false,"has_puller":true}
            """);
    }

    [Fact]
    public async Task GetSection_GroupManagerWhoMayEditNoGroupOfIt_ReturnsCanEditFalse()
    {
        // Arrange: Lyon Part-Dieu is outside the group manager's accesses
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.RomaTermini, DemoData.LyonPartDieu);
        var name = await SectionApi.NameAtAsync(sandbox, Routes.Section(sectionId));
        var groupName = await SectionApi.NameAtAsync(sandbox, Routes.Group(sectionId, groupId));

        // Act
        var response = await sandbox.CreateClient(DemoData.GroupManagerKey).GetAsync(Routes.Section(sectionId), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":{{sectionId}},"name":"{{name}}","groups":[{"id":{{groupId}},"name":"{{groupName}}","has_puller":false}],"can_edit":false,"has_puller":false}
            """);
    }

    [Fact]
    public async Task GetSection_GroupManagerOnEmptySection_ReturnsCanEditTrue()
    {
        // Arrange
        var sectionId = await SectionApi.CreateSectionAsync(sandbox);
        var name = await SectionApi.NameAtAsync(sandbox, Routes.Section(sectionId));

        // Act
        var response = await sandbox.CreateClient(DemoData.GroupManagerKey).GetAsync(Routes.Section(sectionId), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":{{sectionId}},"name":"{{name}}","groups":[],"can_edit":true,"has_puller":false}
            """);
    }

    [Theory]
    [InlineData("/v2/sections/999")]
    [InlineData("/v2/sections/abc")]
    public async Task GetSection_UnknownOrNonIntegerId_Returns404(string url)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync(url, TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task GetSection_WithoutApiKey_Returns401()
    {
        var response = await sandbox.CreateClient(apiKey: null).GetAsync(Routes.Section(DemoData.CountrySection), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }
}

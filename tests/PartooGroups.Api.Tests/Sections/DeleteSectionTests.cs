using System.Net;
using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Businesses;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sections;

public sealed class DeleteSectionTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const string Success = """{"status":"success"}""";

    private Task<HttpResponseMessage> DeleteAsync(string apiKey, int sectionId) =>
        sandbox.CreateClient(apiKey).DeleteAsync(Routes.Section(sectionId), TestContext.Current.CancellationToken);

    private async Task<HttpStatusCode> StatusOfGetAsync(string url) =>
        (await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync(url, TestContext.Current.CancellationToken)).StatusCode;

    [Fact]
    public async Task DeleteSection_AsOrgAdmin_DeletesTheSectionAndItsGroups()
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.ParisRivoli);

        // Act
        var response = await DeleteAsync(DemoData.OrgAdminKey, sectionId);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfGetAsync(Routes.Section(sectionId)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfGetAsync(Routes.Group(sectionId, groupId)));
    }

    [Fact]
    public async Task DeleteSection_WithGroups_RemovesThemFromTheirBusinesses()
    {
        // Arrange: Marseille is in France (1) and Florist (4); other tests of this class may add it to more groups
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.Marseille);
        var before = await GroupsOfAsync(DemoData.Marseille);
        Assert.Contains(groupId, before);

        // Act
        var response = await DeleteAsync(DemoData.OrgAdminKey, sectionId);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success);
        Assert.Equal(before.Where(id => id != groupId), await GroupsOfAsync(DemoData.Marseille));
    }

    private async Task<int[]> GroupsOfAsync(string businessId)
    {
        var business = JsonNode.Parse(await SectionApi.GetJsonAsync(sandbox, BusinessApi.Business(businessId)))!;
        return business["groups"]!.AsArray().Select(id => (int)id!).ToArray();
    }

    [Fact]
    public async Task DeleteSection_WithAGroupInAUsersAccesses_RemovesItFromTheAccesses()
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.ParisRivoli);
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var userId = await admin.CreateOrg1UserAsync("GROUP_MANAGER", $$"""{"accesses":[[{{groupId}}],[{{DemoData.Italy}}]]}""");
        Assert.Contains($"\"accesses\":[[{groupId}],[2]]", await SectionApi.GetJsonAsync(sandbox, Routes.User(userId)), StringComparison.Ordinal);

        // Act
        var response = await DeleteAsync(DemoData.OrgAdminKey, sectionId);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success);
        Assert.Contains("\"accesses\":[[],[2]]", await SectionApi.GetJsonAsync(sandbox, Routes.User(userId)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    [InlineData(DemoData.GroupManagerKey)]
    public async Task DeleteSection_ByGroupManagerOrAbove_Returns200(string apiKey)
    {
        // Arrange
        var sectionId = await SectionApi.CreateSectionAsync(sandbox);

        // Act
        var response = await DeleteAsync(apiKey, sectionId);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success);
    }

    [Theory]
    [InlineData(DemoData.BusinessManagerKey)]
    [InlineData(DemoData.PublisherKey)]
    public async Task DeleteSection_ByBusinessManagerOrPublisher_Returns403AndKeepsIt(string apiKey)
    {
        // Arrange
        var sectionId = await SectionApi.CreateSectionAsync(sandbox);

        // Act
        var response = await DeleteAsync(apiKey, sectionId);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        Assert.Equal(HttpStatusCode.OK, await StatusOfGetAsync(Routes.Section(sectionId)));
    }

    [Fact]
    public async Task DeleteSection_GroupManagerWhoMayEditEveryGroup_Returns200()
    {
        // Arrange
        var (sectionId, _) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.RomaTermini, DemoData.ParisBastille);

        // Act
        var response = await DeleteAsync(DemoData.GroupManagerKey, sectionId);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success);
    }

    [Fact]
    public async Task DeleteSection_GroupManagerDeniedOneGroup_Returns403AndKeepsIt()
    {
        // Arrange
        var (sectionId, _) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.RomaTermini);
        await SectionApi.CreateGroupAsync(sandbox, sectionId, DemoData.Marseille);

        // Act
        var response = await DeleteAsync(DemoData.GroupManagerKey, sectionId);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        Assert.Equal(HttpStatusCode.OK, await StatusOfGetAsync(Routes.Section(sectionId)));
    }

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    public async Task DeleteSection_PullerSection_Returns403AndKeepsIt(string apiKey)
    {
        var response = await DeleteAsync(apiKey, DemoData.PullerSection);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        Assert.Equal(HttpStatusCode.OK, await StatusOfGetAsync(Routes.Group(DemoData.PullerSection, DemoData.Flagship)));
    }

    [Theory]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.PublisherKey)]
    public async Task DeleteSection_UnknownSection_Returns404(string apiKey)
    {
        var response = await DeleteAsync(apiKey, 999);

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task DeleteSection_Twice_Returns404TheSecondTime()
    {
        // Arrange
        var sectionId = await SectionApi.CreateSectionAsync(sandbox);
        await (await DeleteAsync(DemoData.OrgAdminKey, sectionId)).ShouldBeAsync(HttpStatusCode.OK, Success);

        // Act
        var response = await DeleteAsync(DemoData.OrgAdminKey, sectionId);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task DeleteSection_WithoutApiKey_Returns401()
    {
        var response = await sandbox.CreateClient(apiKey: null).DeleteAsync(Routes.Section(DemoData.CountrySection), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }
}

using System.Net;
using PartooGroups.Api.Tests.Businesses;
using PartooGroups.Api.Tests.Infrastructure;
using PartooGroups.Api.Tests.Sections;

namespace PartooGroups.Api.Tests.Groups;

public sealed class DeleteGroupTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const string Success = """{"status":"success"}""";

    private Task<HttpResponseMessage> DeleteAsync(string? apiKey, int sectionId, int groupId) =>
        sandbox.CreateClient(apiKey).DeleteAsync(Routes.Group(sectionId, groupId), TestContext.Current.CancellationToken);

    private async Task<HttpStatusCode> StatusOfGetAsync(string url) =>
        (await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync(url, TestContext.Current.CancellationToken)).StatusCode;

    [Fact]
    public async Task DeleteGroup_AsOrgAdmin_DeletesItAndTheSectionNoLongerListsIt()
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.ParisRivoli);
        var name = await SectionApi.NameAtAsync(sandbox, Routes.Section(sectionId));

        // Act
        var response = await DeleteAsync(DemoData.OrgAdminKey, sectionId, groupId);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfGetAsync(Routes.Group(sectionId, groupId)));
        var section = await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync(Routes.Section(sectionId), TestContext.Current.CancellationToken);
        await section.ShouldBeAsync(HttpStatusCode.OK, $$"""{"id":{{sectionId}},"name":"{{name}}","groups":[],"can_edit":true,"has_puller":false}""");
    }

    [Fact]
    public async Task DeleteGroup_WithBusinesses_RemovesItFromTheirGroups()
    {
        // Arrange: Milano Duomo is in Italy (2), Florist (4) and Flagship (5)
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.MilanoDuomo);
        Assert.Contains($"\"groups\":[2,4,5,{groupId}]", await SectionApi.GetJsonAsync(sandbox, BusinessApi.Business(DemoData.MilanoDuomo)), StringComparison.Ordinal);

        // Act
        var response = await DeleteAsync(DemoData.OrgAdminKey, sectionId, groupId);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success);
        Assert.Contains("\"groups\":[2,4,5]", await SectionApi.GetJsonAsync(sandbox, BusinessApi.Business(DemoData.MilanoDuomo)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteGroup_InAUsersAccess_VoidsThatAccessInsteadOfWideningIt()
    {
        // Arrange: [[France, G]] means France AND G; keeping [[France]] would widen the manager's scope
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.ParisRivoli);
        var userId = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .CreateOrg1UserAsync("GROUP_MANAGER", $$"""{"accesses":[[{{DemoData.France}},{{groupId}}],[{{DemoData.Italy}}]]}""");
        Assert.Contains($"\"accesses\":[[1,{groupId}],[2]]", await SectionApi.GetJsonAsync(sandbox, Routes.User(userId)), StringComparison.Ordinal);

        // Act
        var response = await DeleteAsync(DemoData.OrgAdminKey, sectionId, groupId);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success);
        Assert.Contains("\"accesses\":[[],[2]]", await SectionApi.GetJsonAsync(sandbox, Routes.User(userId)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteGroup_ByAGroupManagerWhoseAccessNamesIt_DoesNotWidenItsOwnScope()
    {
        // Arrange: an empty group G (a group manager may delete it) and a manager whose only access is France AND G
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox);
        var managerId = await admin.CreateOrg1UserAsync("GROUP_MANAGER", $$"""{"accesses":[[{{DemoData.France}},{{groupId}}]]}""");
        var manager = sandbox.CreateClient(await admin.MintKeyAsync(managerId));
        await (await manager.GetAsync("/v2/business/search", TestContext.Current.CancellationToken))
            .ShouldBeAsync(HttpStatusCode.OK, """{"page":1,"max_page":1,"count":0,"businesses":[]}""");

        // Act
        var response = await manager.DeleteAsync(Routes.Group(sectionId, groupId), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success);
        await (await manager.GetAsync("/v2/business/search", TestContext.Current.CancellationToken))
            .ShouldBeAsync(HttpStatusCode.OK, """{"page":1,"max_page":1,"count":0,"businesses":[]}""");
    }

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    [InlineData(DemoData.GroupManagerKey)]
    public async Task DeleteGroup_ByGroupManagerOrAbove_Returns200(string apiKey)
    {
        // Arrange: Torino Centro is in the group manager's scope
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.TorinoCentro);

        // Act
        var response = await DeleteAsync(apiKey, sectionId, groupId);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success);
    }

    [Theory]
    [InlineData(DemoData.BusinessManagerKey)]
    [InlineData(DemoData.PublisherKey)]
    public async Task DeleteGroup_ByBusinessManagerOrPublisher_Returns403AndKeepsIt(string apiKey)
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.LyonPartDieu);

        // Act
        var response = await DeleteAsync(apiKey, sectionId, groupId);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        Assert.Equal(HttpStatusCode.OK, await StatusOfGetAsync(Routes.Group(sectionId, groupId)));
    }

    [Fact]
    public async Task DeleteGroup_GroupManagerOnGroupWithABusinessOutOfScope_Returns403AndKeepsIt()
    {
        // Arrange: Marseille is outside the group manager's scope
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.ParisRivoli, DemoData.Marseille);

        // Act
        var response = await DeleteAsync(DemoData.GroupManagerKey, sectionId, groupId);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        Assert.Equal(HttpStatusCode.OK, await StatusOfGetAsync(Routes.Group(sectionId, groupId)));
    }

    [Fact]
    public async Task DeleteGroup_GroupManagerOnEmptyGroup_Returns200()
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox);

        // Act
        var response = await DeleteAsync(DemoData.GroupManagerKey, sectionId, groupId);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success);
    }

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    public async Task DeleteGroup_PullerGroup_Returns403AndKeepsIt(string apiKey)
    {
        var response = await DeleteAsync(apiKey, DemoData.PullerSection, DemoData.Flagship);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        Assert.Equal(HttpStatusCode.OK, await StatusOfGetAsync(Routes.Group(DemoData.PullerSection, DemoData.Flagship)));
    }

    [Theory]
    [InlineData(DemoData.CategorySection, DemoData.Italy)]
    [InlineData(DemoData.CountrySection, 999)]
    [InlineData(999, DemoData.Italy)]
    public async Task DeleteGroup_UnknownGroupOrGroupOfAnotherSection_Returns404(int sectionId, int groupId)
    {
        var response = await DeleteAsync(DemoData.OrgAdminKey, sectionId, groupId);

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task DeleteGroup_WithoutApiKey_Returns401()
    {
        var response = await DeleteAsync(apiKey: null, DemoData.CountrySection, DemoData.France);

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }
}

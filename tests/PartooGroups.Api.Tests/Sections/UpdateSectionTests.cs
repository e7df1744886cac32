using System.Net;
using System.Text.Json;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sections;

public sealed class UpdateSectionTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private Task<HttpResponseMessage> RenameAsync(string apiKey, int sectionId, string name) =>
        sandbox.CreateClient(apiKey).PostJsonAsync(Routes.Section(sectionId), $$"""{"name":{{JsonSerializer.Serialize(name)}}}""");

    private static string Success(int sectionId) => $$"""{"status":"success","id":{{sectionId}}}""";

    [Fact]
    public async Task UpdateSection_AsOrgAdmin_RenamesTheSection()
    {
        // Arrange
        var sectionId = await SectionApi.CreateSectionAsync(sandbox);
        var name = SectionApi.UniqueName("Renamed");

        // Act
        var response = await RenameAsync(DemoData.OrgAdminKey, sectionId, name);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success(sectionId));
        Assert.Equal(name, await SectionApi.NameAtAsync(sandbox, Routes.Section(sectionId)));
    }

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    [InlineData(DemoData.GroupManagerKey)]
    public async Task UpdateSection_ByGroupManagerOrAbove_Returns200(string apiKey)
    {
        // Arrange
        var sectionId = await SectionApi.CreateSectionAsync(sandbox);

        // Act
        var response = await RenameAsync(apiKey, sectionId, SectionApi.UniqueName());

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success(sectionId));
    }

    [Theory]
    [InlineData(DemoData.BusinessManagerKey)]
    [InlineData(DemoData.PublisherKey)]
    public async Task UpdateSection_ByBusinessManagerOrPublisher_Returns403(string apiKey)
    {
        // Arrange
        var sectionId = await SectionApi.CreateSectionAsync(sandbox);

        // Act
        var response = await RenameAsync(apiKey, sectionId, SectionApi.UniqueName());

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task UpdateSection_GroupManagerWhoMayEditEveryGroup_Returns200()
    {
        // Arrange: Roma Termini and Paris Rivoli are both in the group manager's scope
        var (sectionId, _) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.RomaTermini);
        await SectionApi.CreateGroupAsync(sandbox, sectionId, DemoData.ParisRivoli);
        await SectionApi.CreateGroupAsync(sandbox, sectionId);

        // Act
        var response = await RenameAsync(DemoData.GroupManagerKey, sectionId, SectionApi.UniqueName());

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success(sectionId));
    }

    [Fact]
    public async Task UpdateSection_GroupManagerDeniedOneGroup_Returns403AndKeepsTheName()
    {
        // Arrange: Lyon Part-Dieu is outside the group manager's scope
        var (sectionId, _) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.RomaTermini);
        await SectionApi.CreateGroupAsync(sandbox, sectionId, DemoData.LyonPartDieu);
        var name = await SectionApi.NameAtAsync(sandbox, Routes.Section(sectionId));

        // Act
        var response = await RenameAsync(DemoData.GroupManagerKey, sectionId, SectionApi.UniqueName());

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        Assert.Equal(name, await SectionApi.NameAtAsync(sandbox, Routes.Section(sectionId)));
    }

    [Theory]
    [InlineData(DemoData.CountrySection)]
    [InlineData(DemoData.CategorySection)]
    public async Task UpdateSection_GroupManagerOnDemoSectionWithAGroupOutOfScope_Returns403(int sectionId)
    {
        var response = await RenameAsync(DemoData.GroupManagerKey, sectionId, SectionApi.UniqueName());

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    public async Task UpdateSection_PullerSection_Returns403(string apiKey)
    {
        var response = await RenameAsync(apiKey, DemoData.PullerSection, SectionApi.UniqueName());

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task UpdateSection_ToItsOwnNameInAnotherLetterCase_RenamesIt()
    {
        // Arrange
        var name = SectionApi.UniqueName("lower");
        var sectionId = await SectionApi.CreateSectionAsync(sandbox, name);

        // Act
        var response = await RenameAsync(DemoData.OrgAdminKey, sectionId, name.ToUpperInvariant());

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success(sectionId));
        Assert.Equal(name.ToUpperInvariant(), await SectionApi.NameAtAsync(sandbox, Routes.Section(sectionId)));
    }

    [Fact]
    public async Task UpdateSection_ToAnotherSectionsNameInAnyCase_Returns400NameAlreadyExists()
    {
        // Arrange
        var sectionId = await SectionApi.CreateSectionAsync(sandbox);

        // Act
        var response = await RenameAsync(DemoData.OrgAdminKey, sectionId, "CATEGORY");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "name_already_exists"));
    }

    [Fact]
    public async Task UpdateSection_ToTheNameOfASectionOfAnotherOrganization_Returns200()
    {
        // Arrange
        var name = SectionApi.UniqueName();
        await SectionApi.CreateSectionAsync(sandbox, name, DemoData.Org2AdminKey);
        var sectionId = await SectionApi.CreateSectionAsync(sandbox);

        // Act
        var response = await RenameAsync(DemoData.OrgAdminKey, sectionId, name);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success(sectionId));
    }

    [Theory]
    [InlineData("""{}""", "Missing data for required field.")]
    [InlineData("""{"name":""}""", "Field may not be blank.")]
    [InlineData("""{"name":"a/b"}""", "name_contains_forbidden_characters")]
    public async Task UpdateSection_InvalidName_Returns400OnName(string json, string message)
    {
        // Arrange
        var sectionId = await SectionApi.CreateSectionAsync(sandbox);

        // Act
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(Routes.Section(sectionId), json);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", message));
    }

    [Theory]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.PublisherKey)]
    public async Task UpdateSection_UnknownSection_Returns404BeforeAnyRoleCheck(string apiKey)
    {
        var response = await RenameAsync(apiKey, 999, SectionApi.UniqueName());

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task UpdateSection_WithoutApiKey_Returns401()
    {
        var response = await sandbox.CreateClient(apiKey: null).PostJsonAsync(Routes.Section(DemoData.CountrySection), """{"name":"X"}""");

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }
}

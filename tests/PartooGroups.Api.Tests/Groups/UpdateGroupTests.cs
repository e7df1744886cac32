using System.Net;
using System.Text.Json;
using PartooGroups.Api.Tests.Infrastructure;
using PartooGroups.Api.Tests.Sections;

namespace PartooGroups.Api.Tests.Groups;

public sealed class UpdateGroupTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const string NothingToUpdate = """{"errors":{"json":"Nothing to update: give name, business__in or both"}}""";

    private Task<HttpResponseMessage> PostAsync(string? apiKey, int sectionId, int groupId, string json) =>
        sandbox.CreateClient(apiKey).PostJsonAsync(Routes.Group(sectionId, groupId), json);

    private static string Success(int groupId) => $$"""{"status":"success","id":{{groupId}}}""";

    private static string Rename(string name) => $$"""{"name":{{JsonSerializer.Serialize(name)}}}""";

    [Fact]
    public async Task UpdateGroup_Name_RenamesAndKeepsTheBusinesses()
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.ParisRivoli, DemoData.Marseille);
        var name = SectionApi.UniqueName("Renamed");

        // Act
        var response = await PostAsync(DemoData.OrgAdminKey, sectionId, groupId, Rename(name));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success(groupId));
        var group = await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync(Routes.Group(sectionId, groupId), TestContext.Current.CancellationToken);
        await group.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":{{groupId}},"name":"{{name}}","has_puller":false,"business_ids":["{{DemoData.ParisRivoli}}","{{DemoData.Marseille}}"]}
            """);
    }

    [Fact]
    public async Task UpdateGroup_BusinessIn_ReplacesTheMembershipIgnoringDuplicates()
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.ParisRivoli, DemoData.Marseille);

        // Act
        var response = await PostAsync(DemoData.OrgAdminKey, sectionId, groupId, $$"""
            {"business__in":["{{DemoData.TorinoCentro}}","{{DemoData.Marseille}}","{{DemoData.TorinoCentro}}"]}
            """);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success(groupId));
        Assert.Equal([DemoData.Marseille, DemoData.TorinoCentro], await SectionApi.BusinessIdsAsync(sandbox, sectionId, groupId));
    }

    [Fact]
    public async Task UpdateGroup_EmptyBusinessIn_EmptiesTheGroup()
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.ParisRivoli);

        // Act
        var response = await PostAsync(DemoData.OrgAdminKey, sectionId, groupId, """{"business__in":[]}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success(groupId));
        Assert.Empty(await SectionApi.BusinessIdsAsync(sandbox, sectionId, groupId));
    }

    [Fact]
    public async Task UpdateGroup_NameAndBusinessIn_ChangesBoth()
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.ParisRivoli);
        var name = SectionApi.UniqueName("Both");

        // Act
        var response = await PostAsync(DemoData.OrgAdminKey, sectionId, groupId, $$"""{"name":"{{name}}","business__in":["{{DemoData.BrandPage}}"]}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success(groupId));
        Assert.Equal(name, await SectionApi.NameAtAsync(sandbox, Routes.Group(sectionId, groupId)));
        Assert.Equal([DemoData.BrandPage], await SectionApi.BusinessIdsAsync(sandbox, sectionId, groupId));
    }

    [Fact]
    public async Task UpdateGroup_NullBusinessInWithName_OnlyRenames()
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.ParisRivoli);

        // Act
        var response = await PostAsync(DemoData.OrgAdminKey, sectionId, groupId, $$"""{"name":"{{SectionApi.UniqueName()}}","business__in":null}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success(groupId));
        Assert.Equal([DemoData.ParisRivoli], await SectionApi.BusinessIdsAsync(sandbox, sectionId, groupId));
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"business__in":null}""")]
    [InlineData("""{"name":null,"business__in":null}""")]
    public async Task UpdateGroup_NothingToUpdate_Returns400WithAMessage(string json)
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox);

        // Act
        var response = await PostAsync(DemoData.OrgAdminKey, sectionId, groupId, json);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, NothingToUpdate);
    }

    [Theory]
    [InlineData(DemoData.MadridSol)]
    [InlineData("5409c35a97bbc544d8e26799")]
    public async Task UpdateGroup_BusinessOfAnotherOrganizationOrUnknown_Returns400AndChangesNothing(string businessId)
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.ParisRivoli);
        var name = await SectionApi.NameAtAsync(sandbox, Routes.Group(sectionId, groupId));

        // Act
        var response = await PostAsync(DemoData.OrgAdminKey, sectionId, groupId, $$"""
            {"name":"{{SectionApi.UniqueName()}}","business__in":["{{DemoData.Marseille}}","{{businessId}}"]}
            """);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("business__in", $"Unknown or inaccessible business ids: {businessId}"));
        Assert.Equal(name, await SectionApi.NameAtAsync(sandbox, Routes.Group(sectionId, groupId)));
        Assert.Equal([DemoData.ParisRivoli], await SectionApi.BusinessIdsAsync(sandbox, sectionId, groupId));
    }

    [Fact]
    public async Task UpdateGroup_NullInBusinessIn_Returns400OnBusinessIn()
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox);

        // Act
        var response = await PostAsync(DemoData.OrgAdminKey, sectionId, groupId, """{"business__in":[null]}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("business__in", "Not a valid string."));
    }

    [Fact]
    public async Task UpdateGroup_ToAnotherGroupsNameOfTheSectionInAnyCase_Returns400NameAlreadyExists()
    {
        var response = await PostAsync(DemoData.OrgAdminKey, DemoData.CountrySection, DemoData.France, Rename("iTALY"));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "name_already_exists"));
    }

    [Fact]
    public async Task UpdateGroup_ToTheNameOfAGroupOfAnotherSection_Returns200()
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox);

        // Act
        var response = await PostAsync(DemoData.OrgAdminKey, sectionId, groupId, Rename("Italy"));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success(groupId));
    }

    [Fact]
    public async Task UpdateGroup_ToItsOwnNameInAnotherLetterCase_RenamesIt()
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox);
        var upper = (await SectionApi.NameAtAsync(sandbox, Routes.Group(sectionId, groupId))).ToUpperInvariant();

        // Act
        var response = await PostAsync(DemoData.OrgAdminKey, sectionId, groupId, Rename(upper));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success(groupId));
        Assert.Equal(upper, await SectionApi.NameAtAsync(sandbox, Routes.Group(sectionId, groupId)));
    }

    [Theory]
    [InlineData("""{"name":""}""", "Field may not be blank.")]
    [InlineData("""{"name":"a,b"}""", "name_contains_forbidden_characters")]
    public async Task UpdateGroup_InvalidName_Returns400OnName(string json, string message)
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox);

        // Act
        var response = await PostAsync(DemoData.OrgAdminKey, sectionId, groupId, json);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", message));
    }

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    [InlineData(DemoData.GroupManagerKey)]
    public async Task UpdateGroup_ByGroupManagerOrAbove_Returns200(string apiKey)
    {
        // Arrange: Roma Termini is in the group manager's scope
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.RomaTermini);

        // Act
        var response = await PostAsync(apiKey, sectionId, groupId, Rename(SectionApi.UniqueName()));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success(groupId));
    }

    [Theory]
    [InlineData(DemoData.BusinessManagerKey)]
    [InlineData(DemoData.PublisherKey)]
    public async Task UpdateGroup_ByBusinessManagerOrPublisher_Returns403(string apiKey)
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.LyonPartDieu);

        // Act
        var response = await PostAsync(apiKey, sectionId, groupId, Rename(SectionApi.UniqueName()));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task UpdateGroup_GroupManagerOnGroupWithABusinessOutOfScope_Returns403()
    {
        // Arrange: Lyon Part-Dieu is outside the group manager's scope
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.RomaTermini, DemoData.LyonPartDieu);

        // Act
        var response = await PostAsync(DemoData.GroupManagerKey, sectionId, groupId, Rename(SectionApi.UniqueName()));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task UpdateGroup_GroupManagerOnEmptyGroup_Returns200()
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox);

        // Act
        var response = await PostAsync(DemoData.GroupManagerKey, sectionId, groupId, $$"""{"business__in":["{{DemoData.ParisBastille}}"]}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, Success(groupId));
        Assert.Equal([DemoData.ParisBastille], await SectionApi.BusinessIdsAsync(sandbox, sectionId, groupId));
    }

    [Fact]
    public async Task UpdateGroup_GroupManagerAddingABusinessOutOfScope_Returns400AndChangesNothing()
    {
        // Arrange
        var (sectionId, groupId) = await SectionApi.CreateSectionWithGroupAsync(sandbox, DemoData.RomaTermini);

        // Act
        var response = await PostAsync(DemoData.GroupManagerKey, sectionId, groupId, $$"""
            {"business__in":["{{DemoData.RomaTermini}}","{{DemoData.LyonPartDieu}}"]}
            """);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("business__in", $"Unknown or inaccessible business ids: {DemoData.LyonPartDieu}"));
        Assert.Equal([DemoData.RomaTermini], await SectionApi.BusinessIdsAsync(sandbox, sectionId, groupId));
    }

    [Theory]
    [InlineData(DemoData.France, HttpStatusCode.Forbidden)]
    [InlineData(DemoData.Italy, HttpStatusCode.OK)]
    public async Task UpdateGroup_GroupManagerOnDemoGroups_FollowsItsScope(int groupId, HttpStatusCode expected)
    {
        // Italy's businesses are all in the group manager's accesses; France holds Lyon and Marseille, which are not.
        var response = await PostAsync(DemoData.GroupManagerKey, DemoData.CountrySection, groupId, Rename(groupId == DemoData.Italy ? "ITALY" : "FRANCE"));

        await response.ShouldBeAsync(expected, expected == HttpStatusCode.OK ? Success(groupId) : ErrorBodies.Forbidden);
    }

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    public async Task UpdateGroup_PullerGroup_Returns403(string apiKey)
    {
        var response = await PostAsync(apiKey, DemoData.PullerSection, DemoData.Flagship, """{"business__in":[]}""");

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        Assert.Equal([DemoData.ParisRivoli, DemoData.MilanoDuomo], await SectionApi.BusinessIdsAsync(sandbox, DemoData.PullerSection, DemoData.Flagship));
    }

    [Theory]
    [InlineData(DemoData.CategorySection, DemoData.France)]
    [InlineData(DemoData.CountrySection, 999)]
    [InlineData(999, DemoData.France)]
    public async Task UpdateGroup_UnknownGroupOrGroupOfAnotherSection_Returns404(int sectionId, int groupId)
    {
        var response = await PostAsync(DemoData.PublisherKey, sectionId, groupId, Rename("Anything"));

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task UpdateGroup_WithoutApiKey_Returns401()
    {
        var response = await PostAsync(apiKey: null, DemoData.CountrySection, DemoData.France, Rename("France"));

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }
}

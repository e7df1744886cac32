using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Groups;

/// <summary>createGroup: the answer, and the rules on <c>name</c>.</summary>
public sealed class CreateGroupTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const int LastDemoGroup = DemoData.Spain;

    private readonly HttpClient _admin = sandbox.CreateClient(DemoData.OrgAdminKey);

    [Fact]
    public async Task CreateGroup_WithValidBody_Returns200WithStatusSuccessAndANewId()
    {
        // Arrange
        var body = GroupApi.Body(GroupApi.UniqueName(), "[]");

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, body);

        // Assert
        var id = await response.ShouldBeGroupCreatedAsync();
        Assert.True(id > LastDemoGroup, $"Id {id} is not after the seed's groups.");
    }

    [Fact]
    public async Task CreateGroup_NewGroup_IsReadWithHasPullerFalse()
    {
        // Arrange
        var name = GroupApi.UniqueName();

        // Act
        var id = await (await _admin.PostGroupAsync(DemoData.CategorySection, GroupApi.Body(name, "[]"))).ShouldBeGroupCreatedAsync();

        // Assert
        await _admin.ShouldReadGroupAsync(DemoData.CategorySection, id, name, [], hasPuller: false);
    }

    [Fact]
    public async Task CreateGroup_OneAfterAnother_GetsIncreasingIds()
    {
        // Arrange
        var first = await _admin.CreateGroupAsync(DemoData.CountrySection);

        // Act
        var second = await _admin.CreateGroupAsync(DemoData.CategorySection);

        // Assert
        Assert.True(second > first, $"Second id {second} is not after first id {first}.");
    }

    [Theory]
    [InlineData("North,South")]
    [InlineData("North;South")]
    [InlineData("North/South")]
    [InlineData(",Leading")]
    [InlineData("Trailing/")]
    public async Task CreateGroup_WithForbiddenCharacterInName_Returns400NameContainsForbiddenCharacters(string name)
    {
        // Arrange
        var probe = await WriteProbe.GroupsAsync(sandbox);

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, GroupApi.Body($"{name} {Guid.NewGuid():N}", "[]"));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "name_contains_forbidden_characters"));
        await probe.ShouldSeeNothingWrittenAsync();
    }

    [Theory]
    [InlineData("""{"business__in":[]}""")]
    [InlineData("""{}""")]
    [InlineData("""{"name":null,"business__in":[]}""")]
    public async Task CreateGroup_WithNameMissingOrNull_Returns400OnName(string body)
    {
        // Arrange
        var probe = await WriteProbe.GroupsAsync(sandbox);

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, body);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "Missing data for required field."));
        await probe.ShouldSeeNothingWrittenAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public async Task CreateGroup_WithBlankName_Returns400OnName(string name)
    {
        // Arrange
        var probe = await WriteProbe.GroupsAsync(sandbox);

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, GroupApi.Body(name, "[]"));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "Field may not be blank."));
        await probe.ShouldSeeNothingWrittenAsync();
    }

    [Theory]
    [InlineData("5")]
    [InlineData("true")]
    [InlineData("""["France"]""")]
    [InlineData("""{"fr":"France"}""")]
    public async Task CreateGroup_WithNameOfWrongJsonType_Returns400OnName(string name)
    {
        // Arrange
        var probe = await WriteProbe.GroupsAsync(sandbox);

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, $$"""{"name":{{name}},"business__in":[]}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "Not a valid string."));
        await probe.ShouldSeeNothingWrittenAsync();
    }

    [Fact]
    public async Task CreateGroup_WithNameTakenInSameSection_Returns400NameAlreadyExists()
    {
        // Arrange
        var name = GroupApi.UniqueName();
        await _admin.CreateGroupAsync(DemoData.CountrySection, name);
        var probe = await WriteProbe.GroupsAsync(sandbox);

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, GroupApi.Body(name, "[]"));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "name_already_exists"));
        await probe.ShouldSeeNothingWrittenAsync();
    }

    [Fact]
    public async Task CreateGroup_WithNameTakenInAnotherSection_Returns200()
    {
        // Arrange
        var name = GroupApi.UniqueName();
        var inCountry = await _admin.CreateGroupAsync(DemoData.CountrySection, name);

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CategorySection, GroupApi.Body(name, "[]"));

        // Assert
        var inCategory = await response.ShouldBeGroupCreatedAsync();
        await _admin.ShouldReadGroupAsync(DemoData.CountrySection, inCountry, name, []);
        await _admin.ShouldReadGroupAsync(DemoData.CategorySection, inCategory, name, []);
    }

    [Theory]
    [InlineData("école", "ÉCOLE")]
    [InlineData("Île", "île")]
    [InlineData("ÎLE", "Île")]
    [InlineData("Straße Ärger", "STRAßE äRGER")]
    [InlineData("ΣΟΦΟΣ", "σοφος")]
    [InlineData("France", "fRANCE")]
    public async Task CreateGroup_WithCaseVariantOfTakenName_Returns400NameAlreadyExists(string taken, string variant)
    {
        // Arrange
        var suffix = Guid.NewGuid().ToString("N");
        await _admin.CreateGroupAsync(DemoData.CountrySection, $"{taken} {suffix}");
        var probe = await WriteProbe.GroupsAsync(sandbox);

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, GroupApi.Body($"{variant} {suffix}", "[]"));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "name_already_exists"));
        await probe.ShouldSeeNothingWrittenAsync();
    }

    [Fact]
    public async Task CreateGroup_WithTakenNameOfTheSeed_Returns400NameAlreadyExists()
    {
        // Arrange
        var probe = await WriteProbe.GroupsAsync(sandbox);

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, GroupApi.Body("FRANCE", "[]"));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "name_already_exists"));
        await probe.ShouldSeeNothingWrittenAsync();
    }

    [Fact]
    public async Task CreateGroup_WithNameDifferingOnlyByAccent_Returns200()
    {
        // Arrange
        var suffix = Guid.NewGuid().ToString("N");
        await _admin.CreateGroupAsync(DemoData.CountrySection, $"école {suffix}");

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, GroupApi.Body($"ecole {suffix}", "[]"));

        // Assert
        await response.ShouldBeGroupCreatedAsync();
    }

    [Fact]
    public async Task CreateGroup_SameNameConcurrently_ExactlyOneSucceeds()
    {
        // Arrange
        var body = GroupApi.Body(GroupApi.UniqueName(), "[]");
        var clients = Enumerable.Range(0, 6).Select(_ => sandbox.CreateClient(DemoData.OrgAdminKey)).ToList();

        // Act
        var responses = await Task.WhenAll(clients.Select(client => client.PostGroupAsync(DemoData.CountrySection, body)));

        // Assert
        var created = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        Assert.Single(created);
        await created[0].ShouldBeGroupCreatedAsync();
        foreach (var response in refused)
        {
            await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "name_already_exists"));
        }
    }
}

using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Groups;

/// <summary>createGroup: the rules on <c>business__in</c>, checked through getGroup.</summary>
public sealed class CreateGroupBusinessesTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const string UnknownBusiness = "ffffffffffffffffffffffff";

    private readonly HttpClient _admin = sandbox.CreateClient(DemoData.OrgAdminKey);

    /// <summary>Roles that may create groups, whether business__in is sent as null, and the businesses the group then gets.</summary>
    public static TheoryData<string, bool, string[]> DefaultMembers => new()
    {
        { DemoData.ProviderKey, false, DemoData.Org1Businesses },
        { DemoData.OrgAdminKey, false, DemoData.Org1Businesses },
        { DemoData.OrgManagerKey, false, DemoData.Org1Businesses },
        { DemoData.GroupManagerKey, false, DemoData.GroupManagerScope },
        { DemoData.ProviderKey, true, DemoData.Org1Businesses },
        { DemoData.OrgAdminKey, true, DemoData.Org1Businesses },
        { DemoData.OrgManagerKey, true, DemoData.Org1Businesses },
        { DemoData.GroupManagerKey, true, DemoData.GroupManagerScope },
    };

    [Theory]
    [MemberData(nameof(DefaultMembers))]
    public async Task CreateGroup_WithBusinessInOmittedOrNull_GetsEveryBusinessTheCallerSees(string apiKey, bool sendNull, string[] expected)
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey);
        var name = GroupApi.UniqueName();

        // Act
        var response = await client.PostGroupAsync(DemoData.CategorySection, GroupApi.Body(name, sendNull ? "null" : null));

        // Assert
        var id = await response.ShouldBeGroupCreatedAsync();
        await _admin.ShouldReadGroupAsync(DemoData.CategorySection, id, name, expected);
    }

    [Fact]
    public async Task CreateGroup_WithEmptyBusinessIn_CreatesEmptyGroup()
    {
        // Arrange
        var name = GroupApi.UniqueName();

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, GroupApi.Body(name, "[]"));

        // Assert
        var id = await response.ShouldBeGroupCreatedAsync();
        await _admin.ShouldReadGroupAsync(DemoData.CountrySection, id, name, []);
    }

    [Fact]
    public async Task CreateGroup_WithListedBusinesses_GetsExactlyThoseSorted()
    {
        // Arrange
        var name = GroupApi.UniqueName();
        var listed = JsonText.Strings([DemoData.TorinoCentro, DemoData.ParisRivoli, DemoData.Marseille]);

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, GroupApi.Body(name, listed));

        // Assert
        var id = await response.ShouldBeGroupCreatedAsync();
        await _admin.ShouldReadGroupAsync(DemoData.CountrySection, id, name, [DemoData.ParisRivoli, DemoData.Marseille, DemoData.TorinoCentro]);
    }

    [Fact]
    public async Task CreateGroup_WithDuplicatesInBusinessIn_IgnoresTheDuplicates()
    {
        // Arrange
        var name = GroupApi.UniqueName();
        var listed = JsonText.Strings([DemoData.Marseille, DemoData.ParisRivoli, DemoData.Marseille, DemoData.Marseille]);

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, GroupApi.Body(name, listed));

        // Assert
        var id = await response.ShouldBeGroupCreatedAsync();
        await _admin.ShouldReadGroupAsync(DemoData.CountrySection, id, name, [DemoData.ParisRivoli, DemoData.Marseille]);
    }

    [Theory]
    [InlineData(new[] { UnknownBusiness }, UnknownBusiness)]
    [InlineData(new[] { DemoData.ParisRivoli, UnknownBusiness }, UnknownBusiness)]
    [InlineData(new[] { "not-a-business-id" }, "not-a-business-id")]
    [InlineData(new[] { DemoData.MadridSol }, DemoData.MadridSol)]
    public async Task CreateGroup_WithBusinessNotInTheOrganization_Returns400OnBusinessInAndCreatesNothing(string[] listed, string refused)
    {
        // Arrange
        var name = GroupApi.UniqueName();

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, GroupApi.Body(name, JsonText.Strings(listed)));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("business__in", $"Unknown or inaccessible business ids: {refused}"));
        await _admin.CreateGroupAsync(DemoData.CountrySection, name);
    }

    [Fact]
    public async Task CreateGroup_WithMoreBusinessIdsThanSqliteTakesParameters_Returns400OnBusinessIn()
    {
        // Arrange: SQLite takes at most 32,766 parameters in one statement; the list must not be spread over parameters.
        var name = GroupApi.UniqueName();
        var unknown = Enumerable.Range(1, 40_000).Select(n => $"{n:x24}").ToArray();

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, GroupApi.Body(name, JsonText.Strings(unknown)));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(
            "business__in", $"Unknown or inaccessible business ids: {string.Join(", ", unknown.Take(10))} (and 39990 more)"));
        await _admin.CreateGroupAsync(DemoData.CountrySection, name);
    }

    [Fact]
    public async Task CreateGroup_ByGroupManagerWithBusinessesInItsScope_GetsExactlyThose()
    {
        // Arrange
        var groupManager = sandbox.CreateClient(DemoData.GroupManagerKey);
        var name = GroupApi.UniqueName();
        var listed = JsonText.Strings([DemoData.RomaTermini, DemoData.ParisBastille]);

        // Act
        var response = await groupManager.PostGroupAsync(DemoData.CategorySection, GroupApi.Body(name, listed));

        // Assert
        var id = await response.ShouldBeGroupCreatedAsync();
        await _admin.ShouldReadGroupAsync(DemoData.CategorySection, id, name, [DemoData.ParisBastille, DemoData.RomaTermini]);
    }

    [Theory]
    [InlineData(new[] { DemoData.LyonPartDieu }, DemoData.LyonPartDieu)]
    [InlineData(new[] { DemoData.ParisRivoli, DemoData.Marseille }, DemoData.Marseille)]
    [InlineData(new[] { DemoData.BrandPage }, DemoData.BrandPage)]
    public async Task CreateGroup_ByGroupManagerWithBusinessOutsideItsScope_Returns400OnBusinessInAndCreatesNothing(string[] listed, string refused)
    {
        // Arrange
        var groupManager = sandbox.CreateClient(DemoData.GroupManagerKey);
        var name = GroupApi.UniqueName();

        // Act
        var response = await groupManager.PostGroupAsync(DemoData.CategorySection, GroupApi.Body(name, JsonText.Strings(listed)));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("business__in", $"Unknown or inaccessible business ids: {refused}"));
        await groupManager.CreateGroupAsync(DemoData.CategorySection, name);
    }

    [Theory]
    [InlineData("\"5409c35a97bbc544d8e26701\"", "Not a valid list.")]
    [InlineData("{}", "Not a valid list.")]
    [InlineData("5", "Not a valid list.")]
    [InlineData("true", "Not a valid list.")]
    [InlineData("[1,2]", "Not a valid string.")]
    [InlineData("[null]", "Not a valid string.")]
    [InlineData("[\"5409c35a97bbc544d8e26701\",null]", "Not a valid string.")]
    [InlineData("[[\"5409c35a97bbc544d8e26701\"]]", "Not a valid string.")]
    public async Task CreateGroup_WithBusinessInOfWrongJsonType_Returns400OnBusinessInAndCreatesNothing(string businessIn, string message)
    {
        // Arrange
        var name = GroupApi.UniqueName();

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, GroupApi.Body(name, businessIn));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("business__in", message));
        await _admin.CreateGroupAsync(DemoData.CountrySection, name);
    }
}

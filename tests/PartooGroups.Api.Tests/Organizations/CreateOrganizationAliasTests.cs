using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Organizations;

/// <summary>createOrganization: <c>alias</c> given (pattern, uniqueness) or derived from the name.</summary>
public sealed class CreateOrganizationAliasTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const string PatternMessage = "String does not match expected pattern ^[a-z0-9_]+$.";

    private readonly HttpClient _provider = sandbox.CreateClient(DemoData.ProviderKey);

    [Theory]
    [InlineData("Sun")]
    [InlineData("sun-shop")]
    [InlineData("sun shop")]
    [InlineData("sun.shop")]
    [InlineData("île")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("sun_shop\n")]
    public async Task CreateOrganization_WithAliasNotMatchingThePattern_Returns400OnAliasAndCreatesNothing(string alias)
    {
        // Arrange
        var probe = await WriteProbe.OrganizationsAsync(sandbox);

        // Act
        var response = await _provider.PostOrganizationAsync($$"""{"name":"Sun Shop","alias":{{JsonText.Quote(alias)}}}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("alias", PatternMessage));
        await probe.ShouldSeeNothingWrittenAsync();
    }

    [Theory]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("""["sun_shop"]""")]
    public async Task CreateOrganization_WithAliasOfWrongJsonType_Returns400OnAliasAndCreatesNothing(string alias)
    {
        // Arrange
        var probe = await WriteProbe.OrganizationsAsync(sandbox);

        // Act
        var response = await _provider.PostOrganizationAsync($$"""{"name":"Sun Shop","alias":{{alias}}}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("alias", "Not a valid string."));
        await probe.ShouldSeeNothingWrittenAsync();
    }

    [Fact]
    public async Task CreateOrganization_WithAliasOfTheSeed_Returns400AliasAlreadyExists()
    {
        // Arrange
        var probe = await WriteProbe.OrganizationsAsync(sandbox);

        // Act
        var response = await _provider.PostOrganizationAsync("""{"name":"Another Retailer","alias":"fast_retailer"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("alias", "alias_already_exists"));
        await probe.ShouldSeeNothingWrittenAsync();
    }

    [Fact]
    public async Task CreateOrganization_WithAliasTakenByEarlierCreate_Returns400AliasAlreadyExists()
    {
        // Arrange
        var alias = CreateOrganizationCalls.UniqueAlias();
        await (await _provider.PostOrganizationAsync($$"""{"name":"First","alias":"{{alias}}"}""")).ShouldBeOrganizationCreatedAsync(alias, null);
        var probe = await WriteProbe.OrganizationsAsync(sandbox);

        // Act
        var response = await _provider.PostOrganizationAsync($$"""{"name":"Second","alias":"{{alias}}"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("alias", "alias_already_exists"));
        await probe.ShouldSeeNothingWrittenAsync();
    }

    [Theory]
    [InlineData("Île de Beauté", "ile_de_beaute")]
    [InlineData("Crème Brûlée", "creme_brulee")]
    [InlineData("SUN Shop 42", "sun_shop_42")]
    [InlineData("Sun-Shop.Paris", "sun_shop_paris")]
    public async Task CreateOrganization_WithoutAlias_DerivesItFromTheName(string name, string alias)
    {
        // Arrange
        var suffix = Guid.NewGuid().ToString("N");

        // Act
        var response = await _provider.PostOrganizationAsync($$"""{"name":{{JsonText.Quote($"{name} {suffix}")}}}""");

        // Assert
        await response.ShouldBeOrganizationCreatedAsync($"{alias}_{suffix}", null);
    }

    [Fact]
    public async Task CreateOrganization_WithoutAliasWhenDerivedAliasIsTaken_AddsANumericSuffix()
    {
        // Arrange
        var suffix = Guid.NewGuid().ToString("N");
        var name = $"Île de Beauté {suffix}";
        await (await _provider.PostOrganizationAsync($$"""{"name":"{{name}}"}""")).ShouldBeOrganizationCreatedAsync($"ile_de_beaute_{suffix}", null);
        await (await _provider.PostOrganizationAsync($$"""{"name":"{{name}}"}""")).ShouldBeOrganizationCreatedAsync($"ile_de_beaute_{suffix}_2", null);

        // Act
        var response = await _provider.PostOrganizationAsync($$"""{"name":"{{name}}"}""");

        // Assert
        await response.ShouldBeOrganizationCreatedAsync($"ile_de_beaute_{suffix}_3", null);
    }

    [Fact]
    public async Task CreateOrganization_WithoutAliasWhenAnExplicitAliasTookTheDerivedOne_AddsANumericSuffix()
    {
        // Arrange
        var alias = CreateOrganizationCalls.UniqueAlias("shop");
        await (await _provider.PostOrganizationAsync($$"""{"name":"Elsewhere","alias":"{{alias}}"}""")).ShouldBeOrganizationCreatedAsync(alias, null);

        // Act
        var response = await _provider.PostOrganizationAsync($$"""{"name":"{{alias.ToUpperInvariant()}}"}""");

        // Assert
        await response.ShouldBeOrganizationCreatedAsync($"{alias}_2", null);
    }
}

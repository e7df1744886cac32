using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Organizations;

/// <summary>createOrganization: the answer, the PROVIDER-only rule, <c>name</c> and <c>max_businesses</c>.</summary>
public sealed class CreateOrganizationTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private readonly HttpClient _provider = sandbox.CreateClient(DemoData.ProviderKey);

    [Fact]
    public async Task CreateOrganization_ByProvider_Returns200WithStatusOrgIdAliasAndMaxBusinesses()
    {
        // Arrange
        var alias = CreateOrganizationCalls.UniqueAlias();

        // Act
        var response = await _provider.PostOrganizationAsync($$"""{"name":"Sun Shop","alias":"{{alias}}","max_businesses":10}""");

        // Assert
        var orgId = await response.ShouldBeOrganizationCreatedAsync(alias, 10);
        Assert.True(orgId > DemoData.Org2, $"org_id {orgId} is not after the seed's organizations.");
    }

    [Fact]
    public async Task CreateOrganization_OneAfterAnother_GetsIncreasingIds()
    {
        // Arrange
        var firstAlias = CreateOrganizationCalls.UniqueAlias();
        var secondAlias = CreateOrganizationCalls.UniqueAlias();
        var first = await (await _provider.PostOrganizationAsync($$"""{"name":"First","alias":"{{firstAlias}}"}""")).ShouldBeOrganizationCreatedAsync(firstAlias, null);

        // Act
        var response = await _provider.PostOrganizationAsync($$"""{"name":"Second","alias":"{{secondAlias}}"}""");

        // Assert
        var second = await response.ShouldBeOrganizationCreatedAsync(secondAlias, null);
        Assert.True(second > first, $"Second org_id {second} is not after first org_id {first}.");
    }

    [Theory]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    [InlineData(DemoData.GroupManagerKey)]
    [InlineData(DemoData.BusinessManagerKey)]
    [InlineData(DemoData.PublisherKey)]
    [InlineData(DemoData.Org2AdminKey)]
    public async Task CreateOrganization_ByRoleOtherThanProvider_Returns403AndCreatesNothing(string apiKey)
    {
        // Arrange
        var alias = CreateOrganizationCalls.UniqueAlias();

        // Act
        var response = await sandbox.CreateClient(apiKey).PostOrganizationAsync($$"""{"name":"Not Mine","alias":"{{alias}}"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        await (await _provider.PostOrganizationAsync($$"""{"name":"Mine","alias":"{{alias}}"}""")).ShouldBeOrganizationCreatedAsync(alias, null);
    }

    [Theory]
    [InlineData("""{"alias":"@alias"}""", "Missing data for required field.")]
    [InlineData("""{"name":null,"alias":"@alias"}""", "Missing data for required field.")]
    [InlineData("""{"name":"","alias":"@alias"}""", "Field may not be blank.")]
    [InlineData("""{"name":"   ","alias":"@alias"}""", "Field may not be blank.")]
    [InlineData("""{"name":42,"alias":"@alias"}""", "Not a valid string.")]
    [InlineData("""{"name":true,"alias":"@alias"}""", "Not a valid string.")]
    [InlineData("""{"name":["Sun Shop"],"alias":"@alias"}""", "Not a valid string.")]
    [InlineData("""{"name":{"en":"Sun Shop"},"alias":"@alias"}""", "Not a valid string.")]
    public async Task CreateOrganization_WithNameMissingBlankOrOfWrongType_Returns400OnNameAndCreatesNothing(string template, string message)
    {
        // Arrange
        var alias = CreateOrganizationCalls.UniqueAlias();

        // Act
        var response = await _provider.PostOrganizationAsync(template.Replace("@alias", alias, StringComparison.Ordinal));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", message));
        await (await _provider.PostOrganizationAsync($$"""{"name":"Sun Shop","alias":"{{alias}}"}""")).ShouldBeOrganizationCreatedAsync(alias, null);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("null", null)]
    [InlineData("0", 0)]
    [InlineData("1", 1)]
    [InlineData("250", 250)]
    [InlineData("2147483647", int.MaxValue)]
    public async Task CreateOrganization_WithValidMaxBusinesses_Returns200WithIt(string? maxBusinessesJson, int? expected)
    {
        // Arrange
        var alias = CreateOrganizationCalls.UniqueAlias();
        var maxBusinesses = maxBusinessesJson is null ? "" : $",\"max_businesses\":{maxBusinessesJson}";

        // Act
        var response = await _provider.PostOrganizationAsync($$"""{"name":"Sun Shop","alias":"{{alias}}"{{maxBusinesses}}}""");

        // Assert
        await response.ShouldBeOrganizationCreatedAsync(alias, expected);
    }

    [Theory]
    [InlineData("-1", "Must be greater than or equal to 0.")]
    [InlineData("-100", "Must be greater than or equal to 0.")]
    [InlineData("1.5", "Not a valid integer.")]
    [InlineData("\"10\"", "Not a valid integer.")]
    [InlineData("\"ten\"", "Not a valid integer.")]
    [InlineData("true", "Not a valid integer.")]
    [InlineData("[10]", "Not a valid integer.")]
    [InlineData("2147483648", "Not a valid integer.")]
    public async Task CreateOrganization_WithInvalidMaxBusinesses_Returns400OnMaxBusinessesAndCreatesNothing(string maxBusinessesJson, string message)
    {
        // Arrange
        var alias = CreateOrganizationCalls.UniqueAlias();

        // Act
        var response = await _provider.PostOrganizationAsync($$"""{"name":"Sun Shop","alias":"{{alias}}","max_businesses":{{maxBusinessesJson}}}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("max_businesses", message));
        await (await _provider.PostOrganizationAsync($$"""{"name":"Sun Shop","alias":"{{alias}}"}""")).ShouldBeOrganizationCreatedAsync(alias, null);
    }
}

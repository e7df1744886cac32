using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Wire;

/// <summary>
/// A /v2 route accepts the query parameters it declares, each scalar once: an unknown one is 400 "Unknown field.", a
/// scalar given twice 400 "Duplicated parameter."; list parameters may repeat.
/// </summary>
public sealed class QueryParameterTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Theory]
    [InlineData("/v2/sections/1/groups/1?token=abc", "token")]
    [InlineData("/v2/sections?per_page=10", "per_page")]
    [InlineData("/v2/user/me?verbose", "verbose")]
    [InlineData("/v2/business/search?groups[]=1&page[]=2", "page[]")]
    public async Task Get_WithUnknownQueryParameter_Returns400UnknownField(string url, string parameter)
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(parameter, "Unknown field."));
    }

    [Theory]
    [InlineData("/v2/business/search?page=1&page=2", "page")]
    [InlineData("/v2/org/search?org_id=1&org_id=2", "org_id")]
    [InlineData("/v2/user/search?disabled=true&DISABLED=false", "disabled")]
    public async Task Get_WithScalarParameterGivenTwice_Returns400Duplicated(string url, string parameter)
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.ProviderKey);

        // Act
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(parameter, "Duplicated parameter."));
    }

    [Fact]
    public async Task DeleteOrganization_WithForceGivenTwice_Returns400AndDeletesNothing()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.ProviderKey);

        // Act
        var response = await client.DeleteAsync("/v2/org/2?force=true&force=false", TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("force", "Duplicated parameter."));
        await (await client.GetAsync("/v2/org/2", TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_WithSeveralBadParameters_Returns400WithOneEntryEach()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await client.GetAsync("/v2/api_keys?status=active&status=expired&sort=id", TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, """{"errors":{"json":{"status":"Duplicated parameter.","sort":"Unknown field."}}}""");
    }

    [Theory]
    [InlineData("?groups=1&groups=3")]
    [InlineData("?groups[]=1&groups[]=3")]
    [InlineData("?groups=1&groups[]=3&business__in=5409c35a97bbc544d8e26701&business__in[]=5409c35a97bbc544d8e26702")]
    public async Task SearchBusinesses_WithListParameterRepeated_IsServed(string query)
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await client.GetAsync("/v2/business/search" + query, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_WithoutKeyAndUnknownQueryParameter_Returns401()
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey: null);

        // Act
        var response = await client.GetAsync("/v2/sections/1/groups/1?token=abc", TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Fact]
    public async Task CreateGroup_WithUnknownQueryParameter_Returns400AndCreatesNothing()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var name = GroupApi.UniqueName();

        // Act
        var response = await client.PostJsonAsync(Routes.Groups(DemoData.CountrySection) + "?dry_run=true", $$"""{"name":{{JsonText.Quote(name)}}}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("dry_run", "Unknown field."));
        await client.CreateGroupAsync(DemoData.CountrySection, name);
    }
}

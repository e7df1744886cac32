using System.Net;
using System.Net.Http.Headers;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Wire;

/// <summary>A body sent as anything but application/json gets 415 with the vendor's message, and is not written.</summary>
public sealed class ContentTypeTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private readonly HttpClient _admin = sandbox.CreateClient(DemoData.OrgAdminKey);
    private readonly HttpClient _provider = sandbox.CreateClient(DemoData.ProviderKey);

    [Theory]
    [InlineData("text/plain")]
    [InlineData(null)]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data")]
    [InlineData("application/xml")]
    [InlineData("application/vnd.api+json")]
    [InlineData("application/merge-patch+json")]
    [InlineData("text/json")]
    public async Task CreateGroup_WithContentTypeOtherThanJson_Returns415AndCreatesNothing(string? contentType)
    {
        // Arrange
        var name = GroupApi.UniqueName();

        // Act
        var response = await _admin.PostJsonAsync(Routes.Groups(DemoData.CountrySection), GroupApi.Body(name, "[]"), contentType);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.UnsupportedMediaType, ErrorBodies.UnsupportedMediaType);
        await _admin.CreateGroupAsync(DemoData.CountrySection, name);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData(null)]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/vnd.api+json")]
    public async Task CreateOrganization_WithContentTypeOtherThanJson_Returns415AndCreatesNothing(string? contentType)
    {
        // Arrange
        var alias = CreateOrganizationCalls.UniqueAlias();

        // Act
        var response = await _provider.PostJsonAsync(Routes.Organizations, $$"""{"name":"Sun Shop","alias":"{{alias}}"}""", contentType);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.UnsupportedMediaType, ErrorBodies.UnsupportedMediaType);
        await (await _provider.PostOrganizationAsync($$"""{"name":"Sun Shop","alias":"{{alias}}"}""")).ShouldBeOrganizationCreatedAsync(alias, null);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/JSON")]
    [InlineData("Application/Json; charset=UTF-8")]
    public async Task CreateGroup_WithJsonContentTypeInAnyCaseWithOrWithoutCharset_Returns200(string contentType)
    {
        // Arrange
        using var content = new StringContent(GroupApi.Body(GroupApi.UniqueName(), "[]"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        // Act
        var response = await _admin.PostAsync(Routes.Groups(DemoData.CountrySection), content, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeGroupCreatedAsync();
    }
}

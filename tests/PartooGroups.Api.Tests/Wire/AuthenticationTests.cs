using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Wire;

/// <summary>Authentication comes first on every /v2 route, known or not, before 404, 405, 415 and body errors.</summary>
public sealed class AuthenticationTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const string UnknownKey = "not-a-key-of-the-sandbox";

    private readonly HttpClient _admin = sandbox.CreateClient(DemoData.OrgAdminKey);

    /// <summary>Every way of not being authenticated: no header, an empty one, a blank one, an unknown key.</summary>
    private static readonly string?[] BadKeys = [null, "", "   ", UnknownKey];

    public static TheoryData<string?, string, string> ReadsWithBadKeys
    {
        get
        {
            var data = new TheoryData<string?, string, string>();
            foreach (var key in BadKeys)
            {
                data.Add(key, "GET", "/v2/sections/1/groups/1");
                data.Add(key, "GET", "/v2/sections/99/groups/1");
                data.Add(key, "GET", "/v2/sections/abc/groups/1");
                data.Add(key, "GET", "/v2/does-not-exist");
                data.Add(key, "DELETE", "/v2/org");
                data.Add(key, "PUT", "/v2/sections/1/groups/1");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ReadsWithBadKeys))]
    public async Task Request_WithoutValidKey_Returns401OnKnownAndUnknownRoutes(string? apiKey, string method, string path)
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        // Act
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(UnknownKey)]
    public async Task CreateGroup_WithoutValidKey_Returns401AndCreatesNothing(string? apiKey)
    {
        // Arrange
        var name = GroupApi.UniqueName();

        // Act
        var response = await sandbox.CreateClient(apiKey).PostGroupAsync(DemoData.CountrySection, GroupApi.Body(name, "[]"));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
        await _admin.CreateGroupAsync(DemoData.CountrySection, name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(UnknownKey)]
    public async Task CreateOrganization_WithoutValidKey_Returns401AndCreatesNothing(string? apiKey)
    {
        // Arrange
        var alias = CreateOrganizationCalls.UniqueAlias();

        // Act
        var response = await sandbox.CreateClient(apiKey).PostOrganizationAsync($$"""{"name":"Sun Shop","alias":"{{alias}}"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
        var provider = sandbox.CreateClient(DemoData.ProviderKey);
        await (await provider.PostOrganizationAsync($$"""{"name":"Sun Shop","alias":"{{alias}}"}""")).ShouldBeOrganizationCreatedAsync(alias, null);
    }

    [Theory]
    [InlineData("/v2/sections/1/groups", "{\"name\":", "application/json")]
    [InlineData("/v2/sections/1/groups", "[]", "application/json")]
    [InlineData("/v2/sections/1/groups", "{\"name\":\"a,b\"}", "application/json")]
    [InlineData("/v2/sections/1/groups", "{\"name\":\"Sun\"}", "text/plain")]
    [InlineData("/v2/sections/999/groups", "{\"name\":\"Sun\"}", "application/json")]
    [InlineData("/v2/org", "{\"name\":5}", "application/json")]
    [InlineData("/v2/org", "{\"name\":\"Sun\"}", null)]
    public async Task Write_WithFaultyRequestAndNoKey_Returns401First(string path, string body, string? contentType)
    {
        // Arrange
        var groups = await WriteProbe.GroupsAsync(sandbox);
        var organizations = await WriteProbe.OrganizationsAsync(sandbox);

        // Act
        var response = await sandbox.CreateClient(apiKey: null).PostJsonAsync(path, body, contentType);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
        await groups.ShouldSeeNothingWrittenAsync();
        await organizations.ShouldSeeNothingWrittenAsync();
    }
}

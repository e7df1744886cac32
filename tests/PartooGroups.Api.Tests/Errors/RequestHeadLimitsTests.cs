using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Errors;

/// <summary>
/// A request line over 8 KiB gets a JSON 414, and headers over 32 KiB or 100 lines a JSON 431, at the limits' edges,
/// after authentication, as every other fault of a /v2 request. Kestrel alone answered these with no body, before
/// anything else; the in-process host answers them the same way.
/// </summary>
public abstract class RequestHeadLimitsTests(SandboxFactory sandbox)
{
    private const string SearchPath = "/v2/org/search?query=";

    // "GET " + target + " HTTP/1.1" + CRLF
    private const int LineOverhead = 4 + 9 + 2;

    [Fact]
    public async Task Get_WithRequestLineAtTheLimit_IsServed()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.ProviderKey);

        // Act
        var response = await client.GetAsync(SearchWithLineOf(8192), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, """{"page":1,"max_page":1,"count":0,"orgs":[]}""");
    }

    [Fact]
    public async Task Get_WithRequestLineOverTheLimit_Returns414WithJsonBody()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.ProviderKey);

        // Act
        var response = await client.GetAsync(SearchWithLineOf(8193), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.RequestUriTooLong, """{"errors":{"json":"Request line too long. The limit is 8192 bytes"}}""");
    }

    [Fact]
    public async Task Get_WithRequestLineOverTheLimitAndNoKey_Returns401First()
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey: null);

        // Act
        var response = await client.GetAsync(SearchWithLineOf(8193), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, """{"errors":{"authentication":"User not authenticated"}}""");
    }

    [Fact]
    public async Task Get_WithHeadersOverTheLimit_Returns431WithJsonBody()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.ProviderKey);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v2/org/search");
        request.Headers.Add("X-Large", new string('x', 33 * 1024));

        // Act
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.RequestHeaderFieldsTooLarge, """{"errors":{"json":"Request headers too large. The limit is 32768 bytes"}}""");
    }

    [Fact]
    public async Task Get_WithTooManyHeaders_Returns431WithJsonBody()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.ProviderKey);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v2/org/search");
        for (var i = 0; i < 100; i++)
        {
            request.Headers.Add($"X-Header-{i}", "1");
        }

        // Act
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.RequestHeaderFieldsTooLarge, """{"errors":{"json":"Too many request headers. The limit is 100"}}""");
    }

    [Fact]
    public async Task CreateGroup_WithRequestLineOverTheLimit_CreatesNothing()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var name = GroupApi.UniqueName();
        var path = $"{Routes.Groups(DemoData.CountrySection)}?pad={new string('p', 8192)}";

        // Act
        var response = await client.PostJsonAsync(path, $$"""{"name":{{JsonText.Quote(name)}},"business__in":[]}""");

        // Assert
        await response.ShouldHaveStatusAsync(HttpStatusCode.RequestUriTooLong);
        await client.CreateGroupAsync(DemoData.CountrySection, name);
    }

    private static string SearchWithLineOf(int bytes) => SearchPath + new string('q', bytes - LineOverhead - SearchPath.Length);
}

/// <summary>Through real Kestrel, whose own answers to these requests had no body.</summary>
public sealed class KestrelRequestHeadLimitsTests(KestrelSandboxFactory sandbox)
    : RequestHeadLimitsTests(sandbox), IClassFixture<KestrelSandboxFactory>;

/// <summary>Through the in-process test server (as in PartooGroups.Testing), which has no limits of its own.</summary>
public sealed class InProcessRequestHeadLimitsTests(SandboxFactory sandbox)
    : RequestHeadLimitsTests(sandbox), IClassFixture<SandboxFactory>;

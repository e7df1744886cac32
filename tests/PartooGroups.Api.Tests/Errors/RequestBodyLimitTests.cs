using System.Net;
using System.Text;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Errors;

/// <summary>A body over <c>Sandbox:MaxRequestBodyBytes</c> gets a JSON 413, through real Kestrel (TestServer has no limit).</summary>
public sealed class RequestBodyLimitTests(RequestBodyLimitTests.SmallLimitSandbox sandbox) : IClassFixture<RequestBodyLimitTests.SmallLimitSandbox>
{
    private const long Limit = 1024;

    private const string TooLargeBody = """{"errors":{"json":"Request body too large. The limit is 1024 bytes"}}""";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CreateGroup_WithBodyOverTheLimit_Returns413WithJsonBody(bool chunked)
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var content = new StringContent($$"""{"name":"{{new string('x', 2 * (int)Limit)}}"}""", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Routes.Groups(DemoData.CountrySection)) { Content = content };
        if (chunked)
        {
            content.Headers.ContentLength = null;
            request.Headers.TransferEncodingChunked = true;
        }

        // Act
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.RequestEntityTooLarge, TooLargeBody);
    }

    [Fact]
    public async Task CreateGroup_WithBodyUnderTheLimit_IsServed()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await client.PostJsonAsync(Routes.Groups(DemoData.CountrySection), $$"""{"name":"Small {{Guid.NewGuid():N}}","business__in":[]}""");

        // Assert
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    /// <summary>The sandbox on a real socket with a 1024-byte body limit.</summary>
    public sealed class SmallLimitSandbox : KestrelSandboxFactory
    {
        public SmallLimitSandbox() => MaxRequestBodyBytes = Limit;
    }
}

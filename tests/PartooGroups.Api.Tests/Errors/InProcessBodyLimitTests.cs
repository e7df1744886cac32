using System.Net;
using System.Text;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Errors;

/// <summary>The in-process host (no Kestrel, as in PartooGroups.Testing) refuses a body over the limit as the real server does.</summary>
public sealed class InProcessBodyLimitTests(InProcessBodyLimitTests.SmallLimitSandbox sandbox) : IClassFixture<InProcessBodyLimitTests.SmallLimitSandbox>
{
    [Fact]
    public async Task CreateGroup_InProcessWithBodyOverTheLimit_Returns413AndCreatesNothing()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var name = GroupApi.UniqueName();
        var body = $$"""{"name":{{JsonText.Quote(name)}},{{new string(' ', 2048)}}"business__in":[]}""";

        // Act
        var response = await client.PostJsonAsync(Routes.Groups(DemoData.CountrySection), body);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.RequestEntityTooLarge, """{"errors":{"json":"Request body too large. The limit is 1024 bytes"}}""");
        await client.CreateGroupAsync(DemoData.CountrySection, name);
    }

    [Fact]
    public async Task CreateGroup_InProcessWithChunkedBodyOverTheLimit_Returns413AndCreatesNothing()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var name = GroupApi.UniqueName();
        var content = new StringContent($$"""{"name":{{JsonText.Quote(name)}},{{new string(' ', 2048)}}"business__in":[]}""", Encoding.UTF8, "application/json");
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, Routes.Groups(DemoData.CountrySection)) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        // Act
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.RequestEntityTooLarge, """{"errors":{"json":"Request body too large. The limit is 1024 bytes"}}""");
        await client.CreateGroupAsync(DemoData.CountrySection, name);
    }

    /// <summary>The sandbox on the in-memory test server with a 1024-byte body limit.</summary>
    public sealed class SmallLimitSandbox : SandboxFactory
    {
        public SmallLimitSandbox() => MaxRequestBodyBytes = 1024;
    }
}

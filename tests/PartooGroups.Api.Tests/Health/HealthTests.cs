using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Health;

public sealed class HealthTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Theory]
    [InlineData("/health/live", """{"status":"live"}""")]
    [InlineData("/health/ready", """{"status":"ready"}""")]
    public async Task Health_OnceStartedWithoutApiKey_Returns200Json(string path, string expected)
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey: null);

        // Act
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, expected);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_WithUnknownApiKey_StillReturns200(string path)
    {
        // Arrange
        var client = sandbox.CreateClient("not-a-key");

        // Act
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }
}

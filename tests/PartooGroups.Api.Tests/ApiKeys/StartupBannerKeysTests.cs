using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.ApiKeys;

/// <summary>
/// The real process prints the keys of its seed when it starts, for a person to try; a key minted with createApiKey is a
/// secret shown once, in that answer, so it is never printed, not even by a later start.
/// </summary>
public sealed class StartupBannerKeysTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("partoo-banner-").FullName;

    [Fact]
    public async Task Start_AfterAKeyWasMinted_PrintsTheSeedKeysButNotTheMintedOne()
    {
        // Arrange
        var database = Path.Combine(_directory, "banner.db");
        string minted;
        var url = $"http://127.0.0.1:{TestEnvironment.FreeLoopbackPort()}";
        using (var first = SandboxProcess.StartRunning("--db", database, "--urls", url))
        {
            await first.WaitReadyAsync(new Uri(url));
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            http.DefaultRequestHeaders.Add("x-APIKey", DemoData.OrgAdminKey);
            var created = await (await http.PostJsonAsync(Routes.ApiKeys, """{"label":"seed"}""")).ShouldHaveStatusAsync(HttpStatusCode.Created);
            minted = created["api_key"]!.GetValue<string>();
        }

        // Act
        url = $"http://127.0.0.1:{TestEnvironment.FreeLoopbackPort()}";
        using var second = SandboxProcess.StartCapturing("--db", database, "--urls", url);
        await second.WaitReadyAsync(new Uri(url));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!second.Output.Contains(DemoData.Org2AdminKey, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        // Assert
        var output = second.Output;
        Assert.Contains("API keys (send as header x-APIKey):", output, StringComparison.Ordinal);
        Assert.Contains(DemoData.OrgAdminKey, output, StringComparison.Ordinal);
        Assert.Contains(DemoData.Org2AdminKey, output, StringComparison.Ordinal);
        Assert.DoesNotContain(minted, output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SandboxDatabase.Delete(Path.Combine(_directory, "banner.db"));
        Directory.Delete(_directory, recursive: true);
    }
}

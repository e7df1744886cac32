using System.Diagnostics;
using System.Net;

using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Tool;

/// <summary>The sandbox packs as a dotnet tool; installed from the local package, <c>partoo-sandbox</c> starts it.</summary>
public sealed class DotnetToolTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("partoo-tool-").FullName;

    [Fact]
    public async Task PartooSandboxTool_InstalledFromTheLocalPackage_ServesTheDemoData()
    {
        // Arrange: pack the API project as built for this test run, install it from that folder only
        var packages = Path.Combine(_directory, "packages");
        var tools = Path.Combine(_directory, "tools");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        await RunAsync("dotnet", "pack", Path.Combine(TestEnvironment.RepositoryRoot(), "src", "PartooGroups.Api", "PartooGroups.Api.csproj"), "--no-build", "-c", configuration, "-o", packages);
        var config = Path.Combine(_directory, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
            """, TestContext.Current.CancellationToken);
        await RunAsync("dotnet", "tool", "install", "PartooGroups.Sandbox", "--tool-path", tools, "--configfile", config);
        var port = TestEnvironment.FreeLoopbackPort();

        // Act
        using var sandbox = Process.Start(new ProcessStartInfo(Path.Combine(tools, "partoo-sandbox"))
        {
            ArgumentList = { "--urls", $"http://127.0.0.1:{port}", "--db", Path.Combine(_directory, "tool.db") },
            WorkingDirectory = _directory,
            UseShellExecute = false,
        })!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilReadyAsync(http);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v2/sections/1/groups/1");
            request.Headers.Add("x-APIKey", "demo-org-admin-key");
            var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

            // Assert
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("""{"id":1,"name":"France","has_puller":false""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
        finally
        {
            sandbox.Kill(entireProcessTree: true);
            await sandbox.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task WaitUntilReadyAsync(HttpClient http)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                if ((await http.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail("The tool did not become ready within 30 s.");
    }

    private static async Task RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{fileName} {string.Join(' ', arguments)} failed:{Environment.NewLine}{await output}{await error}");
    }
}

using System.Text;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>
/// The real process stopped with SIGTERM (Ctrl+C, <c>docker stop</c>) ends cleanly: exit code 0, and its last connection
/// closed, which checkpoints the WAL into the database file and deletes it, so the stopped sandbox is one file to copy.
/// </summary>
public sealed class ProcessStopTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("partoo-stop-").FullName;

    [Fact]
    public async Task Stop_WithSigterm_ExitsWithZeroAndLeavesTheDatabaseInOneFile()
    {
        // Arrange
        var database = Path.Combine(_directory, "stop.db");
        var url = $"http://127.0.0.1:{TestEnvironment.FreeLoopbackPort()}";
        var name = GroupApi.UniqueName("Stopped");
        using var sandbox = SandboxProcess.StartRunning("--db", database, "--urls", url);
        await sandbox.WaitReadyAsync(new Uri(url));
        using (var http = new HttpClient { BaseAddress = new Uri(url) })
        {
            http.DefaultRequestHeaders.Add("x-APIKey", DemoData.OrgAdminKey);
            await (await http.PostJsonAsync(Routes.Groups(DemoData.CountrySection), GroupApi.Body(name, "[]"))).ShouldBeGroupCreatedAsync();
        }

        // Act
        var exitCode = await sandbox.StopAsync();

        // Assert
        Assert.Equal(0, exitCode);
        Assert.False(File.Exists(database + "-wal"), "the WAL file is still there after the process stopped");
        var file = await File.ReadAllBytesAsync(database, TestContext.Current.CancellationToken);
        Assert.NotEqual(-1, file.AsSpan().IndexOf(Encoding.UTF8.GetBytes(name)));
    }

    public void Dispose()
    {
        SandboxDatabase.Delete(Path.Combine(_directory, "stop.db"));
        Directory.Delete(_directory, recursive: true);
    }
}

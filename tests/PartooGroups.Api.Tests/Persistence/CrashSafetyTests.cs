using System.Globalization;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>
/// The real sandbox process killed with SIGKILL while several clients write, then started again on the same file.
/// The guarantee checked is the one the sandbox gives: SQLite in WAL mode with <c>synchronous=NORMAL</c>, one
/// transaction per write, committed before the answer is sent. So a write answered 200 survives a crash of the
/// process (the commit is in the WAL file, in the OS's page cache), a refused write left nothing, and a write that
/// got no answer is either wholly there or not at all. It does not cover an OS crash or a power loss: without an
/// fsync on each commit the last commits may be lost then (the file stays consistent).
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Clients = 6;

    /// <summary>Answered writes after which each round kills the process: one round early, one later, one later still.</summary>
    private static readonly int[] KillAfter = [60, 150, 240];

    private static readonly TimeSpan LoadLimit = TimeSpan.FromSeconds(15);

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"partoo-crash-{Guid.NewGuid():N}.db");
    private Started? _running;

    [Fact]
    public async Task Kill_DuringParallelWrites_KeepsEveryAnsweredWriteNoRefusedOneAndNoHalfWrite()
    {
        // Arrange
        var ledger = new CrashLedger($"Crash {Guid.NewGuid():N}");
        await StartAsync();

        for (var round = 0; round < KillAfter.Length; round++)
        {
            // Act
            var exitCode = await LoadThenKillAsync(ledger, round);
            await StartAsync();

            // Assert
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(128 + 9, exitCode);
            }

            Assert.True(ledger.Unexpected.Count == 0, string.Join(Environment.NewLine, ledger.Unexpected));
            await StoredInvariants.ShouldHoldAsync(_databasePath);
            await ledger.ShouldMatchAsync(_databasePath);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{KillAfter.Length} kills, {ledger.Succeeded} writes answered 200, {ledger.Refused} refused, {ledger.Unanswered} without answer"));
    }

    public void Dispose()
    {
        Stop();
        SandboxDatabase.Delete(_databasePath);
    }

    /// <summary>Writes from <see cref="Clients"/> clients until the round's number of writes were answered, then SIGKILL.</summary>
    private async Task<int> LoadThenKillAsync(CrashLedger ledger, int round)
    {
        var killAfter = KillAfter[round];
        var running = _running!;
        var answeredBefore = ledger.Answered;
        var clients = Enumerable.Range(0, Clients).Select(n => Task.Run(new CrashClient(running.Http, ledger, round, n).RunAsync)).ToArray();
        var deadline = DateTime.UtcNow + LoadLimit;
        while (ledger.Answered - answeredBefore < killAfter && DateTime.UtcNow < deadline && !clients.Any(c => c.IsCompleted))
        {
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        var exitCode = running.Process.Kill();
        await Task.WhenAll(clients);
        return exitCode;
    }

    private void Stop()
    {
        _running?.Process.Dispose();
        _running?.Http.Dispose();
        _running = null;
    }

    private sealed record Started(SandboxProcess.Running Process, HttpClient Http);

    /// <summary>Starts the sandbox on the test's file and waits until it answers ready (migrations and seed done).</summary>
    private async Task StartAsync()
    {
        Stop();
        var url = $"http://127.0.0.1:{TestEnvironment.FreeLoopbackPort()}";
        var address = new Uri(url);
        _running = new Started(
            SandboxProcess.StartRunning("--db", _databasePath, "--urls", url),
            new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) });
        _running.Http.DefaultRequestHeaders.Add("x-APIKey", DemoData.OrgAdminKey);
        await _running.Process.WaitReadyAsync(address);
    }
}

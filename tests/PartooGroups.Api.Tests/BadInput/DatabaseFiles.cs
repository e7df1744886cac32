using System.Globalization;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.BadInput;

/// <summary>
/// The bytes of a sandbox's SQLite file and of its write-ahead log. In WAL mode a commit appends frames to the -wal file
/// and leaves the main file alone until a checkpoint. The sandbox checkpoints in the background after commits, so
/// <see cref="ReadSettledAsync"/> first checkpoints every frame itself: from then on a checkpoint has nothing to copy
/// until the next commit, and two equal snapshots mean that nothing was committed in between, not even a part of a
/// change. The -shm file is left out: it is an index of the WAL that readers also write to.
/// </summary>
public sealed class DatabaseFiles
{
    private readonly byte[] _main;
    private readonly byte[] _wal;

    private DatabaseFiles(byte[] main, byte[] wal)
    {
        _main = main;
        _wal = wal;
    }

    /// <summary>The files once every committed frame of the WAL is in the main file.</summary>
    public static async Task<DatabaseFiles> ReadSettledAsync(string databasePath)
    {
        for (var attempt = 0; ; attempt++)
        {
            // busy, frames in the WAL, frames checkpointed: busy while the sandbox's own checkpoint runs.
            var result = (await SandboxDatabase.RowsAsync(databasePath, "PRAGMA wal_checkpoint(PASSIVE)"))[0];
            if (Convert.ToInt64(result[0], CultureInfo.InvariantCulture) == 0 && Equals(result[1], result[2]))
            {
                return Read(databasePath);
            }

            Assert.True(attempt < 100, $"The WAL of {databasePath} did not settle: {string.Join(", ", result)}.");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    public static DatabaseFiles Read(string databasePath) =>
        new(File.ReadAllBytes(databasePath), File.Exists(databasePath + "-wal") ? File.ReadAllBytes(databasePath + "-wal") : []);

    public void ShouldEqual(DatabaseFiles after, string request)
    {
        ArgumentNullException.ThrowIfNull(after);
        Assert.True(
            _main.AsSpan().SequenceEqual(after._main) && _wal.AsSpan().SequenceEqual(after._wal),
            $"{request} was refused but the database changed: main file {_main.Length} -> {after._main.Length} bytes, "
            + $"WAL {_wal.Length} -> {after._wal.Length} bytes.");
    }
}

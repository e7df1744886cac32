namespace PartooGroups.Api.Tests.BadInput;

/// <summary>
/// The bytes of a sandbox's SQLite file and of its write-ahead log. In WAL mode a commit appends frames to the -wal file
/// and leaves the main file alone until a checkpoint, which only a commit (or the last connection closing, which the
/// sandbox's pool prevents) can trigger; so two equal snapshots mean that nothing was committed in between, not even a
/// part of a change. The -shm file is left out: it is an index of the WAL that readers also write to.
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

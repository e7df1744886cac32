namespace PartooGroups.Api.Persistence;

/// <summary>
/// What <see cref="WalCheckpointer"/> and <see cref="GroupCommitWriter"/> share about checkpoints. SQLite runs one
/// checkpoint at a time and answers a second one "busy" at once, doing nothing, so both take <see cref="Enter"/> first.
/// <see cref="CatchUps"/> counts the checkpoints that copied the whole WAL while no write could append (the next write
/// starts the WAL over), so the writer knows the WAL started over since it last finished a checkpoint itself.
/// </summary>
public sealed class WalCheckpoints : IDisposable
{
    private readonly SemaphoreSlim _running = new(1, 1);
    private long _catchUps;

    public long CatchUps => Interlocked.Read(ref _catchUps);

    /// <summary>Waits for a checkpoint in progress to end; dispose the result when this one has run.</summary>
    public Running Enter()
    {
        _running.Wait();
        return new Running(_running);
    }

    public void CaughtUp() => Interlocked.Increment(ref _catchUps);

    public void Dispose() => _running.Dispose();

    public readonly struct Running(SemaphoreSlim running) : IDisposable
    {
        public void Dispose() => running.Release();
    }
}

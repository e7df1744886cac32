using Microsoft.Data.Sqlite;

namespace PartooGroups.Api.Persistence;

/// <summary>
/// Copies the write-ahead log back into the database file on a connection of its own, off the request path.
/// SQLite's automatic checkpoint (off on the pooled connections, see <see cref="SqliteConnectionPool"/>) ran on the
/// connection that had just committed, inside a request, and its two fsyncs stalled that request and every write queued
/// behind it. Here a PASSIVE checkpoint runs at most every <see cref="Interval"/> when something was committed since the
/// last complete one: it blocks no reader and no writer, and a crash in the middle of it loses nothing (the WAL stays valid).
/// SQLite starts the WAL over only when a write transaction begins on a WAL that a checkpoint has copied entirely. Under
/// writes that never pause, on a machine where the writer runs beside this checkpoint, the writer had always appended
/// more by then, and the WAL grew without bound (1.7 GB after 12 s of createGroup load on two cores), each new page of
/// it costing the writer a zeroed page of the OS's cache. So once the WAL holds <see cref="CatchUpFrames"/> frames, the
/// checkpoint runs again at once holding the <see cref="WriteGate"/>: it copies what was appended during the first run,
/// no write can append more, and the next write transaction starts the WAL over. Should this timer run late, the
/// group-commit writer finishes a checkpoint itself (<see cref="GroupCommitWriter.CatchUpPages"/>); both take
/// <see cref="WalCheckpoints.Enter"/> first, as SQLite runs one checkpoint at a time.
/// </summary>
public sealed partial class WalCheckpointer(
    SqliteConnectionStringBuilder connectionString,
    DataVersion dataVersion,
    DatabaseReadiness readiness,
    WriteGate gate,
    WalCheckpoints checkpoints,
    ILogger<WalCheckpointer> logger) : BackgroundService
{
    /// <summary>
    /// The WAL length (frames of one page) from which a checkpoint is finished holding the writers back: about 16 MB
    /// with 4 KiB pages. The writers wait only for the second run, which copies what was appended during the first.
    /// </summary>
    public const int CatchUpFrames = 4096;

    /// <summary>
    /// Short, so each checkpoint has little to copy: its work grows with the pages written since the last one, and on a
    /// small machine it delays the requests of that moment (createGroup under load, one core: p99 16–19 ms at 200 ms,
    /// 9 ms at 25 ms; bench/run.sh).
    /// </summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Its connection must first open the database once the start-up has put it in WAL mode: opened before, on a new
        // file, it kept the rollback journal and every checkpoint was a no-op (SQLite answers -1 frames).
        await readiness.WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!readiness.IsReady)
        {
            return;
        }

        // A thread of its own: a checkpoint blocks in its fsyncs, milliseconds each. On a thread of the pool it held one of
        // the two or three workers the pool keeps under load on one core, and createGroup's p99 was 1.5 times as long.
        await Task.Factory.StartNew(() => Run(stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private void Run(CancellationToken stoppingToken)
    {
        Thread.CurrentThread.Name = "WAL checkpointer";
        using var connection = new SqliteConnection(connectionString.ConnectionString);
        using var timer = new PeriodicTimer(Interval);
        var checkpointed = dataVersion.Current;
        try
        {
            while (timer.WaitForNextTickAsync(stoppingToken).AsTask().GetAwaiter().GetResult())
            {
                var version = dataVersion.Current;
                if (version == checkpointed)
                {
                    continue;
                }

                var result = Checkpoint(connection);
                if (result is { LogFrames: >= CatchUpFrames })
                {
                    using (gate.EnterAsync(stoppingToken).GetAwaiter().GetResult())
                    {
                        result = Checkpoint(connection);
                        if (result is { Finished: true })
                        {
                            checkpoints.CaughtUp();
                        }
                    }
                }

                if (result is { Finished: true })
                {
                    checkpointed = version;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping; the last connection to close checkpoints what is left.
        }
    }

    /// <summary>
    /// The WAL's length and whether all of it reached the database file, or null when the checkpoint failed. A PASSIVE
    /// checkpoint stops at the oldest snapshot a reader still holds; the rest waits for the next tick, not for the next commit.
    /// </summary>
    private CheckpointResult? Checkpoint(SqliteConnection connection)
    {
        try
        {
            if (connection.State != System.Data.ConnectionState.Open)
            {
                connection.Open();
            }

            using var running = checkpoints.Enter();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            using var result = command.ExecuteReader();
            return result.Read() ? new CheckpointResult(result.GetInt64(1), result.GetInt64(1) == result.GetInt64(2)) : null;
        }
        catch (SqliteException exception)
        {
            LogCheckpointFailed(logger, exception);
            return null;
        }
    }

    /// <summary>What a checkpoint left: the WAL's length in frames, and whether all of them reached the database file.</summary>
    private readonly record struct CheckpointResult(long LogFrames, bool Finished);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WAL checkpoint failed; the next one will retry")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}

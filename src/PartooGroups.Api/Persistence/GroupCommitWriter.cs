using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PartooGroups.Api.Persistence;

/// <summary>
/// One writer with group commit. Writes queue here; the writer takes every write queued so far (up to
/// <see cref="MaxBatch"/>), runs them one after the other in one transaction and commits once. A write refuses (answers
/// an error) before it changes anything, so a refusal needs no rollback and the batch needs no savepoints (a savepoint
/// journals every page the write touches: with ten businesses a create spilled its journal to a temporary file). When a
/// write breaks that rule, changing rows and then refusing, or throws, the whole batch is rolled back and each of its
/// writes runs again alone, in a transaction of its own that commits only its success: every write still gets its own
/// answer and its own failure. Every write is answered only after its commit (or with the commit's failure), so an
/// answered success is as durable as any commit (WAL, <c>synchronous=NORMAL</c>: it survives a crash of the process).
/// Uniqueness stays with the database's unique indexes: writes of one batch see each other's rows.
/// Its commits advance the <see cref="DataVersion"/>, as every EF transaction's do, so no read cache outlives them.
/// The WAL starts over only when a write begins on a WAL that a checkpoint copied entirely, which writes that never pause
/// leave no time for: <see cref="WalCheckpointer"/> finishes a checkpoint holding the gate once the WAL is long. Should
/// it fall behind (a busy machine runs its timer late), the writer finishes one itself, between two batches, after
/// <see cref="CatchUpPages"/> pages written since the WAL last started over.
/// The writer holds the <see cref="WriteGate"/> for a batch, so it never interleaves with other write endpoints.
/// It never clears the API-key cache: use it only for writes that cannot change an API key's user, role or organization.
/// The writer is a thread of its own: SQLite calls block, and a loop that never yields would hold a thread of the pool
/// (on one core, the pool's only one) and starve the requests.
/// </summary>
public sealed class GroupCommitWriter : IAsyncDisposable
{
    public const int MaxBatch = 64;

    /// <summary>Twice <see cref="WalCheckpointer.CatchUpFrames"/>: the writer's own checkpoint stalls its queue (2-4 ms on one core).</summary>
    public const int CatchUpPages = 2 * WalCheckpointer.CatchUpFrames;

    private readonly Channel<IWrite> _queue = Channel.CreateUnbounded<IWrite>();
    private readonly SqliteConnectionPool _pool;
    private readonly IDbContextFactory<PartooDbContext> _contexts;
    private readonly WriteGate _gate;
    private readonly DataVersion _dataVersion;
    private readonly WalCheckpoints _walCheckpoints;
    private readonly Thread _thread;
    private WriteSession? _session;
    private long _walPagesSinceCatchUp;
    private long _walCatchUpsSeen;

    public GroupCommitWriter(
        SqliteConnectionPool pool,
        IDbContextFactory<PartooDbContext> contexts,
        WriteGate gate,
        DataVersion dataVersion,
        WalCheckpoints walCheckpoints)
    {
        _pool = pool;
        _contexts = contexts;
        _gate = gate;
        _dataVersion = dataVersion;
        _walCheckpoints = walCheckpoints;
        _thread = new Thread(Run) { IsBackground = true, Name = "Group commit writer" };
        _thread.Start();
    }

    /// <summary>Writes waiting for the next batch.</summary>
    public int Queued => _queue.Reader.Count;

    /// <summary>
    /// Runs <paramref name="write"/> in the next batch and answers its result once the batch is committed; the write
    /// is kept when its result is a success (status below 400). It must refuse before it changes anything: a write
    /// that changes rows and then refuses costs its batch a rollback and a second run of each write, one at a time.
    /// </summary>
    public Task<TResult> WriteAsync<TResult>(Func<WriteSession, CancellationToken, Task<TResult>> write, CancellationToken cancellationToken)
        where TResult : IResult
    {
        var pending = new Write<TResult>(write, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);
        return pending.Answer;
    }

    public ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        _thread.Join();
        _session?.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Run()
    {
        var batch = new List<IWrite>(MaxBatch);
        while (_queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            using (_gate.EnterAsync(CancellationToken.None).GetAwaiter().GetResult())
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
                {
                    batch.Add(write);
                }

                RunBatch(batch);
            }

            batch.Clear();
        }
    }

    private void RunBatch(List<IWrite> batch)
    {
        var session = _session ??= new WriteSession(_pool.Rent(), _contexts);
        try
        {
            if (!RunTogether(session, batch))
            {
                RunEachAlone(session, batch);
            }
        }
        catch (Exception exception)
        {
            foreach (var write in batch)
            {
                write.Fail(exception);
            }

            return;
        }

        foreach (var write in batch)
        {
            write.Answer();
        }
    }

    /// <summary>
    /// Runs the batch in one transaction and commits it; false, with everything rolled back, when a write threw or
    /// refused after changing rows.
    /// </summary>
    private bool RunTogether(WriteSession session, List<IWrite> batch)
    {
        session.Execute("BEGIN IMMEDIATE");
        try
        {
            foreach (var write in batch)
            {
                if (write.IsCancelled)
                {
                    continue;
                }

                var changesBefore = session.TotalChanges;
                var outcome = Run(session, write);
                if (outcome == Outcome.Threw || (outcome == Outcome.Refused && session.TotalChanges != changesBefore))
                {
                    session.Execute("ROLLBACK");
                    return false;
                }
            }

            session.Execute("COMMIT");
        }
        catch
        {
            session.Execute("ROLLBACK");
            throw;
        }

        Committed(session);
        return true;
    }

    private void Committed(WriteSession session)
    {
        _dataVersion.Advance();
        var catchUps = _walCheckpoints.CatchUps;
        if (catchUps != _walCatchUpsSeen)
        {
            _walCatchUpsSeen = catchUps;
            _walPagesSinceCatchUp = 0;
        }

        _walPagesSinceCatchUp += session.TakeWalPagesWritten();
        if (_walPagesSinceCatchUp >= CatchUpPages)
        {
            CatchUpWal(session);
            _walPagesSinceCatchUp = 0;
        }
    }

    /// <summary>
    /// Checkpoints on the writer's connection, after the one in progress in the background if any. Its caller's writes
    /// are committed and stay answered as such whatever happens here: a checkpoint that fails leaves the WAL valid, and
    /// the next one (here, or in <see cref="WalCheckpointer"/>, which logs failures) tries again.
    /// </summary>
    private void CatchUpWal(WriteSession session)
    {
        using (_walCheckpoints.Enter())
        {
            try
            {
                session.Execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
            catch (SqliteException)
            {
                // Left to the next checkpoint, as explained above.
            }
        }
    }

    /// <summary>
    /// Runs each write in a transaction of its own, committed when it succeeds and rolled back otherwise, and answers it
    /// at once: a later failure of the batch cannot turn a committed write's answer into an error.
    /// </summary>
    private void RunEachAlone(WriteSession session, List<IWrite> batch)
    {
        foreach (var write in batch)
        {
            if (write.IsCancelled)
            {
                write.Forget();
                continue;
            }

            session.Execute("BEGIN IMMEDIATE");
            try
            {
                if (Run(session, write) == Outcome.Kept)
                {
                    session.Execute("COMMIT");
                    Committed(session);
                }
                else
                {
                    session.Execute("ROLLBACK");
                }

                write.Answer();
            }
            catch (Exception exception)
            {
                session.Execute("ROLLBACK");
                write.Fail(exception);
            }
        }
    }

    private static Outcome Run(WriteSession session, IWrite write)
    {
        try
        {
            return write.Run(session);
        }
        finally
        {
            session.EndWrite();
        }
    }

    private enum Outcome
    {
        Kept,
        Refused,
        Threw,
    }

    private interface IWrite
    {
        bool IsCancelled { get; }

        /// <summary>Runs the write (again, after a rollback, if asked): its result or its exception becomes its answer.</summary>
        Outcome Run(WriteSession session);

        /// <summary>Drops the result of a run that was rolled back, so the write answers as cancelled.</summary>
        void Forget();

        void Answer();

        void Fail(Exception exception);
    }

    private sealed class Write<TResult>(Func<WriteSession, CancellationToken, Task<TResult>> write, CancellationToken cancellationToken)
        : IWrite
        where TResult : IResult
    {
        private readonly TaskCompletionSource<TResult> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TResult? _result;
        private Exception? _exception;

        public Task<TResult> Answer => _answer.Task;

        public bool IsCancelled => cancellationToken.IsCancellationRequested;

        /// <summary>
        /// Waits for the write on the writer's thread: SQLite's asynchronous calls complete synchronously, and the
        /// thread has no synchronization context, so this blocks nothing else.
        /// </summary>
        public Outcome Run(WriteSession session)
        {
            Forget();
            try
            {
                _result = write(session, cancellationToken).GetAwaiter().GetResult();
                return WriteTransactionExtensions.IsSuccess(_result) ? Outcome.Kept : Outcome.Refused;
            }
            catch (Exception exception)
            {
                _exception = exception;
                return Outcome.Threw;
            }
        }

        public void Forget()
        {
            _result = default;
            _exception = null;
        }

        void IWrite.Answer()
        {
            if (_exception is not null)
            {
                _answer.TrySetException(_exception);
            }
            else if (_result is not null)
            {
                _answer.TrySetResult(_result);
            }
            else
            {
                _answer.TrySetCanceled(cancellationToken);
            }
        }

        public void Fail(Exception exception) => _answer.TrySetException(exception);
    }
}

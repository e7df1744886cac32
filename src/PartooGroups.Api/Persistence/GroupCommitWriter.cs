using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace PartooGroups.Api.Persistence;

/// <summary>
/// One writer with group commit. Writes queue here; the writer takes every write queued so far (up to
/// <see cref="MaxBatch"/>), runs them one after the other in one transaction, each in its own SAVEPOINT, and commits
/// once. A write that answers an error, or throws, is rolled back to its savepoint: it changes nothing and the others
/// of the batch are kept. Every write is answered only after the commit (or with the commit's failure), so an answered
/// success is as durable as any commit (WAL, <c>synchronous=NORMAL</c>: it survives a crash of the process).
/// Uniqueness stays with the database's unique indexes: writes of one batch see each other's rows.
/// Its commits advance the <see cref="DataVersion"/>, as every EF transaction's do, so no read cache outlives them.
/// The writer holds the <see cref="WriteGate"/> for a batch, so it never interleaves with other write endpoints.
/// It never clears the API-key cache: use it only for writes that cannot change an API key's user, role or organization.
/// The writer is a thread of its own: SQLite calls block, and a loop that never yields would hold a thread of the pool
/// (on one core, the pool's only one) and starve the requests.
/// </summary>
public sealed class GroupCommitWriter : IAsyncDisposable
{
    public const int MaxBatch = 64;

    private readonly Channel<IWrite> _queue = Channel.CreateUnbounded<IWrite>();
    private readonly SqliteConnectionPool _pool;
    private readonly IDbContextFactory<PartooDbContext> _contexts;
    private readonly WriteGate _gate;
    private readonly DataVersion _dataVersion;
    private readonly Thread _thread;
    private WriteSession? _session;

    public GroupCommitWriter(
        SqliteConnectionPool pool,
        IDbContextFactory<PartooDbContext> contexts,
        WriteGate gate,
        DataVersion dataVersion)
    {
        _pool = pool;
        _contexts = contexts;
        _gate = gate;
        _dataVersion = dataVersion;
        _thread = new Thread(Run) { IsBackground = true, Name = "Group commit writer" };
        _thread.Start();
    }

    /// <summary>Writes waiting for the next batch.</summary>
    public int Queued => _queue.Reader.Count;

    /// <summary>
    /// Runs <paramref name="write"/> in the next batch and answers its result once the batch is committed; the write
    /// is kept when its result is a success (status below 400), rolled back to its savepoint otherwise.
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
        try
        {
            var session = _session ??= new WriteSession(_pool.Rent(), _contexts);
            session.Execute("BEGIN IMMEDIATE");
            try
            {
                foreach (var write in batch)
                {
                    RunOne(session, write);
                }

                session.Execute("COMMIT");
                _dataVersion.Advance();
            }
            catch
            {
                session.Execute("ROLLBACK");
                throw;
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

    private static void RunOne(WriteSession session, IWrite write)
    {
        if (write.IsCancelled)
        {
            return;
        }

        session.Execute("SAVEPOINT write");
        try
        {
            if (write.Run(session))
            {
                session.Execute("RELEASE write");
                return;
            }
        }
        finally
        {
            session.EndWrite();
        }

        session.Execute("ROLLBACK TO write");
        session.Execute("RELEASE write");
    }

    private interface IWrite
    {
        bool IsCancelled { get; }

        /// <summary>Runs the write; true to keep it. An exception is kept as its answer and the write rolled back.</summary>
        bool Run(WriteSession session);

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
        public bool Run(WriteSession session)
        {
            try
            {
                _result = write(session, cancellationToken).GetAwaiter().GetResult();
                return WriteTransactionExtensions.IsSuccess(_result);
            }
            catch (Exception exception)
            {
                _exception = exception;
                return false;
            }
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

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace PartooGroups.Api.Persistence;

/// <summary>
/// The one connection <see cref="GroupCommitWriter"/> writes through, with its statements compiled once and reused
/// (<see cref="WriteStatement"/>), and a DbContext on the same connection for the reads that are written with EF.
/// </summary>
public sealed class WriteSession(SqliteConnection connection, IDbContextFactory<PartooDbContext> contexts) : IDisposable
{
    private readonly Dictionary<string, WriteStatement> _statements = new(StringComparer.Ordinal);
    private PartooDbContext? _db;

    /// <summary>A DbContext on the session's connection, inside the batch's transaction; reads only.</summary>
    public PartooDbContext Db => _db ??= Attach(contexts.CreateDbContext());

    /// <summary>
    /// The statement for <paramref name="sql"/>, compiled on first use with <paramref name="parameterNames"/> in this
    /// order; bind their values by position before each run.
    /// </summary>
    public WriteStatement Statement(string sql, params ReadOnlySpan<string> parameterNames)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new WriteStatement(connection.Handle!, sql, parameterNames);
            _statements.Add(sql, statement);
        }

        return statement;
    }

    internal void Execute(string sql) => Statement(sql).Execute();

    /// <summary>Rows inserted, updated or deleted on the connection so far (SQLite's counter, wrapping at 2^31).</summary>
    internal int TotalChanges => raw.sqlite3_total_changes(connection.Handle);

    /// <summary>Pages the connection wrote to the WAL since the last call (SQLite's <c>SQLITE_DBSTATUS_CACHE_WRITE</c>, reset here).</summary>
    internal int TakeWalPagesWritten()
    {
        raw.sqlite3_db_status(connection.Handle, raw.SQLITE_DBSTATUS_CACHE_WRITE, out var written, out _, 1);
        return written;
    }

    /// <summary>Forgets what one write's EF reads tracked, so the next write starts clean.</summary>
    internal void EndWrite() => _db?.ChangeTracker.Clear();

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _db?.Dispose();
        connection.Dispose();
    }

    private PartooDbContext Attach(PartooDbContext db)
    {
        db.Database.SetDbConnection(connection);
        return db;
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace PartooGroups.Api.Persistence;

/// <summary>
/// The one connection <see cref="GroupCommitWriter"/> writes through, with its commands prepared once and reused
/// (SQLite keeps a command's compiled statement while its text is unchanged), and a DbContext on the same connection
/// for the reads that are written with EF.
/// </summary>
public sealed class WriteSession(SqliteConnection connection, IDbContextFactory<PartooDbContext> contexts) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private PartooDbContext? _db;

    /// <summary>A DbContext on the session's connection, inside the batch's transaction; reads only.</summary>
    public PartooDbContext Db => _db ??= Attach(contexts.CreateDbContext());

    /// <summary>
    /// The command for <paramref name="sql"/>, created on first use with <paramref name="parameterNames"/> in this
    /// order; set their values by index before each run.
    /// </summary>
    public SqliteCommand Command(string sql, params ReadOnlySpan<string> parameterNames)
    {
        if (_commands.TryGetValue(sql, out var command))
        {
            return command;
        }

        command = connection.CreateCommand();
#pragma warning disable CA2100 // the text is one of the callers' constants; values go through parameters
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _commands.Add(sql, command);
        return command;
    }

    internal void Execute(string sql) => Command(sql).ExecuteNonQuery();

    /// <summary>Rows inserted, updated or deleted on the connection so far (SQLite's counter, wrapping at 2^31).</summary>
    internal int TotalChanges => raw.sqlite3_total_changes(connection.Handle);

    /// <summary>Forgets what one write's EF reads tracked, so the next write starts clean.</summary>
    internal void EndWrite() => _db?.ChangeTracker.Clear();

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
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

using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace PartooGroups.Api.Persistence;

/// <summary>
/// Open, initialized SQLite connections, handed to one request scope at a time. EF Core opens and closes its own
/// connection around every query and re-initializes it on each open (about 150 µs); a connection that is already
/// open when EF gets it is used as is, so a request pays for none of that.
/// WAL (stored in the file) with synchronous=NORMAL: a committed write survives a crash of the process; only an
/// OS crash or power loss may lose the last commits. Their automatic checkpoint is off: <see cref="WalCheckpointer"/>
/// checkpoints in the background instead.
/// The temp store stays SQLite's default (a file): statement journals and sorters are kept in memory up to 64 KiB and
/// spill to a deleted temporary file beyond that. In memory without bound, the statement journal of a createGroup that
/// adds a 100,000-business organization (a copy of every index page it touches, about 80 MB) was held on the heap.
/// </summary>
public sealed class SqliteConnectionPool(SqliteConnectionStringBuilder connectionString) : IDisposable
{
    private const int MaxIdle = 32;
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA wal_autocheckpoint=0;";

    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private volatile bool _disposed;

    public SqliteConnection Rent()
    {
        if (_idle.TryTake(out var connection))
        {
            return connection;
        }

        connection = new SqliteConnection(connectionString.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        return connection;
    }

    public void Return(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (_disposed || connection.State != System.Data.ConnectionState.Open || _idle.Count >= MaxIdle)
        {
            connection.Dispose();
            return;
        }

        _idle.Add(connection);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }
}

/// <summary>The connection of one request scope, returned to the pool when the scope ends.</summary>
public sealed class ScopedSqliteConnection(SqliteConnectionPool pool) : IDisposable
{
    private SqliteConnection? _connection;

    public SqliteConnection Connection => _connection ??= pool.Rent();

    public void Dispose()
    {
        if (_connection is not null)
        {
            pool.Return(_connection);
            _connection = null;
        }
    }
}

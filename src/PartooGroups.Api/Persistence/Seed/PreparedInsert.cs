using Microsoft.Data.Sqlite;

namespace PartooGroups.Api.Persistence.Seed;

/// <summary>One INSERT statement prepared once inside a transaction and run for many rows.</summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public PreparedInsert(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameterCount)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _parameters = [.. Enumerable.Range(0, parameterCount).Select(i => _command.Parameters.Add(new SqliteParameter($"$p{i}", null)))];
        _command.Prepare();
    }

    public void Run(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        _command.ExecuteNonQuery();
    }

    /// <summary>Runs an <c>INSERT ... RETURNING</c> and gives back the returned integer.</summary>
    public long RunReturning(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        return (long)_command.ExecuteScalar()!;
    }

    public void Dispose() => _command.Dispose();

    private void Bind(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}

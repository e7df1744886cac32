using Microsoft.Data.Sqlite;

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>Reads and changes a sandbox's SQLite file directly, beside the API, to check what was really stored.</summary>
public static class SandboxDatabase
{
    /// <summary>The first column of the first row of <paramref name="sql"/>, as a long.</summary>
    public static async Task<long> ScalarAsync(string databasePath, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(databasePath);
        await using var command = Command(connection, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every row of <paramref name="sql"/>, each as its column values (DBNull as null).</summary>
    public static async Task<IReadOnlyList<object?[]>> RowsAsync(string databasePath, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(databasePath);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// <c>PRAGMA integrity_check</c> and <c>PRAGMA foreign_key_check</c>: "ok" and no row for a sound file, whatever
    /// the writes before were.
    /// </summary>
    public static async Task ShouldBeSoundAsync(string databasePath)
    {
        var integrity = await RowsAsync(databasePath, "PRAGMA integrity_check");
        Assert.Equal(["ok"], integrity.Select(row => row[0] as string));
        var foreignKeys = await RowsAsync(databasePath, "PRAGMA foreign_key_check");
        Assert.True(
            foreignKeys.Count == 0,
            "Rows break a foreign key: " + string.Join("; ", foreignKeys.Select(row => string.Join(", ", row))));
    }

    public static async Task ExecuteAsync(string databasePath, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(databasePath);
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Whether the file exists and has the table <paramref name="table"/>.</summary>
    public static async Task<bool> HasTableAsync(string databasePath, string table)
    {
        if (!File.Exists(databasePath))
        {
            return false;
        }

        return await ScalarAsync(databasePath, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name", ("$name", table)) > 0;
    }

    /// <summary>
    /// Every row of every table, as text: tables by name, rows sorted. Two equal dumps mean nothing was written in between
    /// (the migrations history included, so a change of schema shows too).
    /// </summary>
    public static async Task<string> DumpAsync(string databasePath)
    {
        await using var connection = await OpenAsync(databasePath);
        var tables = new List<string>();
        await using (var list = Command(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", []))
        await using (var reader = await list.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            var rows = new List<string>();
            await using var select = Command(connection, $"SELECT * FROM \"{table}\"", []);
            await using var reader = await select.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(string.Join('|', values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
            }

            rows.Sort(StringComparer.Ordinal);
            dump.Append(table).Append('\n').AppendJoin('\n', rows).Append('\n');
        }

        return dump.ToString();
    }

    /// <summary>Deletes the database file with its WAL and shared-memory files, after closing pooled connections.</summary>
    public static void Delete(string databasePath)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }
    }

    private static async Task<SqliteConnection> OpenAsync(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}

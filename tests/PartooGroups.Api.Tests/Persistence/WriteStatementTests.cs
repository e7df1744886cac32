using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>
/// The writer's statements, run through SQLite's own API on a scratch database file: failures come back as
/// <see cref="SqliteException"/> with SQLite's code, and every run leaves its statement ready for the next one.
/// </summary>
public sealed class WriteStatementTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>, IDisposable
{
    private const int SqliteConstraint = 19;
    private const string Insert = "INSERT INTO Items (Name) VALUES ($name)";
    private const string SelectFrom = "SELECT Id, Name FROM Items WHERE Id >= $from ORDER BY Id";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"partoo-statements-{Guid.NewGuid():N}.db");

    [Fact]
    public void Execute_AfterAConstraintFailure_ThrowsSqlitesCodeAndRunsAgain()
    {
        // Arrange
        using var session = Open();
        var insert = session.Statement(Insert, "$name");
        insert.Bind(0, "first").Execute();

        // Act
        var failure = Assert.Throws<SqliteException>(() => insert.Bind(0, "first").Execute());
        var changed = insert.Bind(0, "second").Execute();

        // Assert
        Assert.Equal(SqliteConstraint, failure.SqliteErrorCode);
        Assert.Equal(1, changed);
        Assert.Equal(["first", "second"], Names(session, from: 1));
    }

    [Fact]
    public void Query_LeftBeforeItsLastRow_RunsAgainWithNewBindings()
    {
        // Arrange
        using var session = Open();
        var insert = session.Statement(Insert, "$name");
        foreach (var name in new[] { "a", "b", "c" })
        {
            insert.Bind(0, name).Execute();
        }

        // Act
        string firstOfAll;
        using (var rows = session.Statement(SelectFrom, "$from").Bind(0, 1).Query())
        {
            firstOfAll = rows.Read() ? rows.GetString(1) : "none";
        }

        var fromSecond = Names(session, from: 2);

        // Assert
        Assert.Equal("a", firstOfAll);
        Assert.Equal(["b", "c"], fromSecond);
    }

    [Fact]
    public void Statement_NamingAParameterTheSqlDoesNotHave_Throws()
    {
        // Arrange
        using var session = Open();

        // Act
        var failure = Assert.Throws<ArgumentException>(() => session.Statement(SelectFrom, "$to"));

        // Assert
        Assert.Contains("$to", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => SandboxDatabase.Delete(_path);

    private static List<string> Names(WriteSession session, int from)
    {
        var names = new List<string>();
        using var rows = session.Statement(SelectFrom, "$from").Bind(0, from).Query();
        while (rows.Read())
        {
            names.Add(rows.GetString(1));
        }

        return names;
    }

    private WriteSession Open()
    {
        var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        var session = new WriteSession(connection, sandbox.Services.GetRequiredService<IDbContextFactory<PartooDbContext>>());
        session.Statement("CREATE TABLE IF NOT EXISTS Items (Id INTEGER PRIMARY KEY, Name TEXT NOT NULL UNIQUE)").Execute();
        return session;
    }
}

using Microsoft.Data.Sqlite;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>The settings every pooled connection gets when it is opened.</summary>
public sealed class SqliteConnectionPoolTests : IDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"partoo-pool-{Guid.NewGuid():N}.db");

    /// <summary>
    /// 0 is SQLite's default: statement journals and sorters spill to a temporary file past 64 KiB. In memory (2) a
    /// createGroup adding a 100,000-business organization kept its whole statement journal on the heap (~80 MB).
    /// </summary>
    [Fact]
    public void Rent_NewConnection_LeavesTempStoreOnSqliteDefault()
    {
        // Arrange
        using var pool = new SqliteConnectionPool(new SqliteConnectionStringBuilder { DataSource = _databasePath, Pooling = false });

        // Act
        var connection = pool.Rent();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA temp_store";
        var tempStore = command.ExecuteScalar();
        pool.Return(connection);

        // Assert
        Assert.Equal(0L, tempStore);
    }

    public void Dispose() => SandboxDatabase.Delete(_databasePath);
}

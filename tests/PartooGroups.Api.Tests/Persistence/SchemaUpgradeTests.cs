using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>A start on a database that lacks a later migration applies it; the start-up check reads the history table itself.</summary>
public sealed class SchemaUpgradeTests : IDisposable
{
    private const string LaterMigration = "20261125082758_AddTenants";
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"partoo-upgrade-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Start_OnDatabaseWithoutTheLatestMigration_AppliesIt()
    {
        // Arrange
        await using (var before = Open())
        {
            before.StartServer();
        }

        await SandboxDatabase.ExecuteAsync(_databasePath, "DROP TABLE Tenants");
        await SandboxDatabase.ExecuteAsync(_databasePath, "DELETE FROM __EFMigrationsHistory WHERE MigrationId = $id", ("$id", LaterMigration));

        // Act
        await using (var after = Open())
        {
            after.StartServer();
        }

        // Assert
        Assert.True(await SandboxDatabase.HasTableAsync(_databasePath, "Tenants"));
        Assert.Equal(1, await SandboxDatabase.ScalarAsync(
            _databasePath, "SELECT COUNT(*) FROM __EFMigrationsHistory WHERE MigrationId = $id", ("$id", LaterMigration)));
    }

    public void Dispose() => SandboxDatabase.Delete(_databasePath);

    private SandboxFactory Open() => new() { DatabasePath = _databasePath, DeleteDatabaseOnDispose = false };
}

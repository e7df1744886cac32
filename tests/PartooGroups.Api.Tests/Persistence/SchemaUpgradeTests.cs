using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>A start on a database that lacks a later migration applies it; the start-up check reads the history table itself.</summary>
public sealed class SchemaUpgradeTests : IDisposable
{
    private const string AddTenants = "20261125082758_AddTenants";
    private const string MembershipsByBusinessKey = "20261207041257_MembershipsByBusinessKey";
    private const string MembershipsByKey =
        "SELECT m.GroupId, b.Id FROM GroupBusinesses m JOIN Businesses b ON b.Key = m.BusinessKey ORDER BY m.GroupId, b.Id";
    private const string Assignments = "SELECT UserId, BusinessId FROM UserBusinesses ORDER BY 1, 2";
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"partoo-upgrade-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Start_OnDatabaseWithoutALaterMigration_AppliesIt()
    {
        // Arrange
        await using (var before = Open())
        {
            before.StartServer();
        }

        await SandboxDatabase.ExecuteAsync(_databasePath, "DROP TABLE Tenants");
        await SandboxDatabase.ExecuteAsync(_databasePath, "DELETE FROM __EFMigrationsHistory WHERE MigrationId = $id", ("$id", AddTenants));

        // Act
        await using (var after = Open())
        {
            after.StartServer();
        }

        // Assert
        Assert.True(await SandboxDatabase.HasTableAsync(_databasePath, "Tenants"));
        Assert.True(await IsAppliedAsync(AddTenants));
    }

    [Fact]
    public async Task Start_OnDatabaseWithMembershipsByBusinessId_KeepsEveryMembershipAndAssignment()
    {
        // Arrange: the demo data, then the file taken back to the schema where memberships hold the business id
        await using (var before = Open())
        {
            before.StartServer();
        }

        var memberships = await SandboxDatabase.RowsAsync(_databasePath, MembershipsByKey);
        var assignments = await SandboxDatabase.RowsAsync(_databasePath, Assignments);
        Assert.NotEmpty(memberships);
        Assert.NotEmpty(assignments);
        await MigrateAsync(AddTenants);
        Assert.Equal(memberships, await SandboxDatabase.RowsAsync(
            _databasePath, "SELECT GroupId, BusinessId FROM GroupBusinesses ORDER BY GroupId, BusinessId"));

        // Act
        await using (var after = Open())
        {
            after.StartServer();
        }

        // Assert
        Assert.True(await IsAppliedAsync(MembershipsByBusinessKey));
        Assert.Equal(memberships, await SandboxDatabase.RowsAsync(_databasePath, MembershipsByKey));
        Assert.Equal(assignments, await SandboxDatabase.RowsAsync(_databasePath, Assignments));
        Assert.Equal(1, await SandboxDatabase.ScalarAsync(
            _databasePath, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'GroupBusinesses' AND sql LIKE '%WITHOUT ROWID'"));
        await SandboxDatabase.ShouldBeSoundAsync(_databasePath);
    }

    public void Dispose() => SandboxDatabase.Delete(_databasePath);

    private async Task<bool> IsAppliedAsync(string migration) => await SandboxDatabase.ScalarAsync(
        _databasePath, "SELECT COUNT(*) FROM __EFMigrationsHistory WHERE MigrationId = $id", ("$id", migration)) == 1;

    /// <summary>Takes the file forward or back to <paramref name="targetMigration"/>, as <c>dotnet ef database update</c> does.</summary>
    private async Task MigrateAsync(string targetMigration)
    {
        var options = new DbContextOptionsBuilder<PartooDbContext>().UseSqlite($"Data Source={_databasePath};Pooling=false").Options;
        await using var db = new PartooDbContext(options);
        await db.GetService<IMigrator>().MigrateAsync(targetMigration, TestContext.Current.CancellationToken);
    }

    private SandboxFactory Open() => new() { DatabasePath = _databasePath, DeleteDatabaseOnDispose = false };
}

using System.Net;
using System.Text;
using System.Text.Json;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>Stopping the sandbox and starting it again on the same file: data stays, the seed is not loaded again, ids go on.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"partoo-restart-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Restart_OnSameFile_ServesTheGroupCreatedBefore()
    {
        // Arrange
        var name = $"Survivor {Guid.NewGuid():N}";
        int id;
        await using (var before = Open())
        {
            id = await CreateGroupAsync(before, name, [DemoData.ParisRivoli]);
        }

        // Act
        await using var after = Open();
        var response = await after.CreateClient(DemoData.OrgAdminKey)
            .GetAsync(Routes.Group(DemoData.CountrySection, id), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":{{id}},"name":"{{name}}","has_puller":false,"business_ids":["{{DemoData.ParisRivoli}}"]}
            """);
    }

    [Fact]
    public async Task Restart_OnSameFile_DoesNotLoadTheDemoSeedAgain()
    {
        // Arrange
        await using (var before = Open())
        {
            await CreateGroupAsync(before, $"Before restart {Guid.NewGuid():N}", []);
        }

        // Act
        await using (var after = Open())
        {
            after.StartServer();
        }

        // Assert
        Assert.Equal(1, await CountAsync("Providers"));
        Assert.Equal(2, await CountAsync("Organizations"));
        Assert.Equal(11, await CountAsync("Businesses"));
        Assert.Equal(4, await CountAsync("Sections"));
        Assert.Equal(7, await CountAsync("Groups"));
        Assert.Equal(7, await CountAsync("Users"));
        Assert.Equal(7, await CountAsync("ApiKeys"));
    }

    [Fact]
    public async Task Restart_OnSameFile_ContinuesIdsAfterTheHighest()
    {
        // Arrange
        int groupBefore;
        int orgBefore;
        await using (var before = Open())
        {
            groupBefore = await CreateGroupAsync(before, $"Before {Guid.NewGuid():N}", []);
            orgBefore = await CreateOrganizationAsync(before);
        }

        // Act
        await using var after = Open();
        var groupAfter = await CreateGroupAsync(after, $"After {Guid.NewGuid():N}", []);
        var orgAfter = await CreateOrganizationAsync(after);

        // Assert
        Assert.Equal(groupBefore + 1, groupAfter);
        Assert.Equal(orgBefore + 1, orgAfter);
    }

    [Fact]
    public async Task Restart_AfterTheNewestGroupWasDeleted_DoesNotReuseItsId()
    {
        // Arrange
        int deleted;
        await using (var before = Open())
        {
            deleted = await CreateGroupAsync(before, $"Deleted {Guid.NewGuid():N}", []);
        }

        await SandboxDatabase.ExecuteAsync(_databasePath, "DELETE FROM Groups WHERE Id = $id", ("$id", deleted));

        // Act
        await using var after = Open();
        var created = await CreateGroupAsync(after, $"Next {Guid.NewGuid():N}", []);

        // Assert
        Assert.True(created > deleted, $"id {created} reuses or precedes the deleted id {deleted}");
    }

    [Fact]
    public async Task Stop_AfterAWrite_LeavesTheDatabaseInOneFile()
    {
        // Arrange
        var name = $"Checkpointed at stop {Guid.NewGuid():N}";

        // Act
        await using (var sandbox = Open())
        {
            await CreateGroupAsync(sandbox, name, [DemoData.ParisRivoli]);
        }

        // Assert: the last close checkpointed the WAL into the database file and deleted it. The entry point's own
        // disposal of the app may still be closing connections when the factory's disposal returns: wait a little.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (File.Exists(_databasePath + "-wal") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.False(File.Exists(_databasePath + "-wal"), "the WAL file is still there 5 s after a clean stop");
        var file = await File.ReadAllBytesAsync(_databasePath, TestContext.Current.CancellationToken);
        Assert.NotEqual(-1, file.AsSpan().IndexOf(Encoding.UTF8.GetBytes(name)));
    }

    public void Dispose() => SandboxDatabase.Delete(_databasePath);

    private SandboxFactory Open() => new() { DatabasePath = _databasePath, DeleteDatabaseOnDispose = false };

    private Task<long> CountAsync(string table) => SandboxDatabase.ScalarAsync(_databasePath, $"SELECT COUNT(*) FROM {table}");

    private static async Task<int> CreateGroupAsync(SandboxFactory sandbox, string name, string[] businesses)
    {
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).PostJsonAsync(
            Routes.Groups(DemoData.CountrySection),
            JsonSerializer.Serialize(new { name, business__in = businesses }));
        return (await response.ShouldHaveStatusAsync(HttpStatusCode.OK))["id"]!.GetValue<int>();
    }

    private static async Task<int> CreateOrganizationAsync(SandboxFactory sandbox)
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey).PostJsonAsync(
            Routes.Organizations,
            JsonSerializer.Serialize(new { name = $"Restart {Guid.NewGuid():N}" }));
        return (await response.ShouldHaveStatusAsync(HttpStatusCode.OK))["org_id"]!.GetValue<int>();
    }
}

using System.Text;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>
/// The pooled connections never checkpoint (SQLite's automatic checkpoint would run inside a request); committed writes
/// still reach the main database file, copied there in the background.
/// </summary>
public sealed class WalCheckpointTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private readonly HttpClient _admin = sandbox.CreateClient(DemoData.OrgAdminKey);

    [Fact]
    public async Task CreateGroup_Committed_ReachesTheMainDatabaseFileWithoutAnyOtherRequest()
    {
        // Arrange
        var name = GroupApi.UniqueName("Checkpointed");
        var before = await File.ReadAllBytesAsync(sandbox.DatabasePath, TestContext.Current.CancellationToken);

        // Act
        var created = await _admin.PostJsonAsync(Routes.Groups(DemoData.CountrySection), GroupApi.Body(name, "[]"));
        await created.ShouldBeGroupCreatedAsync();

        // Assert
        Assert.Equal(-1, before.AsSpan().IndexOf(Encoding.UTF8.GetBytes(name)));
        await MainFileShouldContainAsync(name);
    }

    /// <summary>
    /// Waits 10 s at most for <paramref name="text"/> to be in the main database file: many checkpoint intervals, as a
    /// PASSIVE checkpoint leaves the pages that a reader of the parallel tests still needs for a later one.
    /// </summary>
    private async Task MainFileShouldContainAsync(string text)
    {
        var wanted = Encoding.UTF8.GetBytes(text);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var bytes = await File.ReadAllBytesAsync(sandbox.DatabasePath, TestContext.Current.CancellationToken);
            if (bytes.AsSpan().IndexOf(wanted) >= 0)
            {
                return;
            }

            await Task.Delay(WalCheckpointer.Interval, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"'{text}' never reached {sandbox.DatabasePath}, though it was committed.");
    }
}

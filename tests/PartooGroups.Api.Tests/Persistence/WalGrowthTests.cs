using System.Text.Json;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>
/// Writes that never pause still let the WAL start over: without that, it grew by every page ever written (1.7 GB after
/// 12 s of createGroup load on two cores), because each background checkpoint finished while a writer kept appending.
/// Both kinds of writer are loaded: the group-commit writer (createGroup) and EF transactions (createGroupSection).
/// </summary>
public sealed class WalGrowthTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const int Workers = 16;

    /// <summary>
    /// Three times the length at which the checkpointer finishes a checkpoint holding the writers back, in bytes of 4 KiB
    /// frames: the writer finishes one itself at twice that length, should the checkpointer's timer run late.
    /// </summary>
    private const long MaxWalBytes = 3L * WalCheckpointer.CatchUpFrames * (4096 + 24);

    [Fact]
    public async Task CreateGroup_TwentyFourThousandWithoutPause_KeepsTheWalUnderThreeTimesTheCatchUpLength()
    {
        var businesses = JsonSerializer.Serialize(DemoData.Org1Businesses);
        var prefix = GroupApi.UniqueName("Unbroken");

        await WalShouldStayBoundedAsync(1500, (client, worker, i) =>
            client.PostGroupAsync(DemoData.CategorySection, GroupApi.Body($"{prefix} {worker} {i}", businesses)));
    }

    [Fact]
    public async Task CreateSection_SixteenThousandWithoutPause_KeepsTheWalUnderThreeTimesTheCatchUpLength()
    {
        var prefix = GroupApi.UniqueName("Unbroken section");

        await WalShouldStayBoundedAsync(1000, (client, worker, i) =>
            client.PostJsonAsync(Routes.Sections, JsonSerializer.Serialize(new { name = $"{prefix} {worker} {i}" })));
    }

    /// <summary>Sends <see cref="Workers"/> × <paramref name="writesPerWorker"/> writes, each worker's one after the other.</summary>
    private async Task WalShouldStayBoundedAsync(int writesPerWorker, Func<HttpClient, int, int, Task<HttpResponseMessage>> write)
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        using var loading = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var largestWal = WatchLargestWalAsync(loading.Token);

        // Act
        var failures = await Task.WhenAll(Enumerable.Range(0, Workers).Select(async worker =>
        {
            var failed = 0;
            for (var i = 0; i < writesPerWorker; i++)
            {
                using var response = await write(client, worker, i);
                failed += response.IsSuccessStatusCode ? 0 : 1;
            }

            return failed;
        }));
        await loading.CancelAsync();

        // Assert
        Assert.Equal(0, failures.Sum());
        var largest = await largestWal;
        Assert.True(largest <= MaxWalBytes, $"The WAL reached {largest:N0} bytes under load; at most {MaxWalBytes:N0} expected.");
    }

    private async Task<long> WatchLargestWalAsync(CancellationToken cancellationToken)
    {
        var wal = new FileInfo(sandbox.DatabasePath + "-wal");
        long largest = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            wal.Refresh();
            largest = Math.Max(largest, wal.Exists ? wal.Length : 0);
            await Task.Delay(10, CancellationToken.None);
        }

        return largest;
    }
}

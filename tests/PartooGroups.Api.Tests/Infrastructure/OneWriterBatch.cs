using Microsoft.Extensions.DependencyInjection;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>
/// Runs writes through the group-commit writer as one batch, in order: the write gate is held while each write is
/// started and seen in the writer's queue, then released, so the writer takes them all at once.
/// </summary>
public static class OneWriterBatch
{
    public static async Task<Task<T>[]> QueueAsync<T>(SandboxFactory sandbox, IEnumerable<Func<Task<T>>> writes)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        ArgumentNullException.ThrowIfNull(writes);
        var writer = sandbox.Services.GetRequiredService<GroupCommitWriter>();
        var started = new List<Task<T>>();
        using (await sandbox.Services.GetRequiredService<WriteGate>().EnterAsync(TestContext.Current.CancellationToken))
        {
            foreach (var write in writes)
            {
                var queued = writer.Queued;
                started.Add(write());
                while (writer.Queued == queued)
                {
                    await Task.Delay(5, TestContext.Current.CancellationToken);
                }
            }
        }

        return [.. started];
    }
}

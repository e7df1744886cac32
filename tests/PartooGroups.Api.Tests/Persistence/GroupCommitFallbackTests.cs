using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>
/// The writer's way back when a write of a batch breaks the rule "refuse before changing anything": a write that
/// changes rows and then refuses, or throws, costs the batch a rollback, and each write runs again alone. The writes
/// here insert groups through the writer's own connection, in one batch held together by the write gate.
/// </summary>
public sealed class GroupCommitFallbackTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const string InsertGroup =
        "INSERT INTO Groups (SectionId, Name, NameKey, HasPuller) VALUES ($section, $name, $key, 0) RETURNING Id";

    [Fact]
    public async Task WriteAsync_OneBatchWithAWriteThatChangesThenRefuses_KeepsTheOthersAndNothingOfIt()
    {
        // Arrange
        var names = Names(3);

        // Act
        var answers = await QueueInOneBatchAsync(
            (names[0], _ => null),
            (names[1], _ => PartooError.Validation("name", "refused after its insert")),
            (names[2], _ => null));

        // Assert
        var first = Assert.IsType<Ok<long>>((await answers[0]).Result);
        Assert.Equal(StatusCodes.Status400BadRequest, Assert.IsType<PartooError>((await answers[1]).Result).StatusCode);
        var third = Assert.IsType<Ok<long>>((await answers[2]).Result);
        Assert.Equal(1, await CountGroupsAsync(names[0], first.Value));
        Assert.Equal(0, await CountGroupsAsync(names[1]));
        Assert.Equal(1, await CountGroupsAsync(names[2], third.Value));
    }

    [Fact]
    public async Task WriteAsync_OneBatchWithAWriteThatThrowsAfterItsInsert_AnswersItsExceptionAndKeepsTheOthers()
    {
        // Arrange
        var names = Names(3);
        var failure = new InvalidOperationException("the write failed after its insert");

        // Act
        var answers = await QueueInOneBatchAsync((names[0], _ => null), (names[1], _ => throw failure), (names[2], _ => null));

        // Assert
        var first = Assert.IsType<Ok<long>>((await answers[0]).Result);
        Assert.Same(failure, await Assert.ThrowsAsync<InvalidOperationException>(() => answers[1]));
        var third = Assert.IsType<Ok<long>>((await answers[2]).Result);
        Assert.Equal(1, await CountGroupsAsync(names[0], first.Value));
        Assert.Equal(0, await CountGroupsAsync(names[1]));
        Assert.Equal(1, await CountGroupsAsync(names[2], third.Value));
    }

    private static List<string> Names(int count) =>
        [.. Enumerable.Range(0, count).Select(i => GroupApi.UniqueName($"Fallback {i}"))];

    /// <summary>Queues the writes as one batch, in order.</summary>
    private Task<Task<Results<Ok<long>, PartooError>>[]> QueueInOneBatchAsync(
        params (string Name, Func<long, PartooError?> After)[] writes)
    {
        var writer = sandbox.Services.GetRequiredService<GroupCommitWriter>();
        return OneWriterBatch.QueueAsync(
            sandbox, writes.Select(w => (Func<Task<Results<Ok<long>, PartooError>>>)(() => QueueAsync(writer, w.Name, w.After))));
    }

    /// <summary>Queues a write that inserts a group named <paramref name="name"/>, then answers what
    /// <paramref name="after"/> gives (null: the group's id).</summary>
    private static Task<Results<Ok<long>, PartooError>> QueueAsync(
        GroupCommitWriter writer, string name, Func<long, PartooError?> after) =>
        writer.WriteAsync<Results<Ok<long>, PartooError>>(
            (session, _) =>
            {
                long id;
                using (var row = session.Statement(InsertGroup, "$section", "$name", "$key")
                    .Bind(0, DemoData.CountrySection).Bind(1, name).Bind(2, NameKey.For(name)).Query())
                {
                    id = row.Read() ? row.GetInt64(0) : throw new InvalidOperationException($"No id returned for {name}.");
                }

                Results<Ok<long>, PartooError> answer = after(id) is { } error ? error : TypedResults.Ok(id);
                return Task.FromResult(answer);
            },
            TestContext.Current.CancellationToken);

    private Task<long> CountGroupsAsync(string name, long? id = null) =>
        SandboxDatabase.ScalarAsync(
            sandbox.DatabasePath,
            "SELECT COUNT(*) FROM Groups WHERE NameKey = $key AND ($id IS NULL OR Id = $id)",
            ("$key", NameKey.For(name)),
            ("$id", (object?)id ?? DBNull.Value));
}

using System.Net;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>
/// Creates that share one group-commit batch: the write gate is held while they queue, so the writer takes them all
/// at once. Each is answered on its own, and a refused one changes nothing while the others are kept.
/// </summary>
public sealed class GroupCommitTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private readonly HttpClient _admin = sandbox.CreateClient(DemoData.OrgAdminKey);

    [Fact]
    public async Task CreateGroup_OneBatchWithRefusedCreates_KeepsTheOthersAndAnswersEachOnItsOwn()
    {
        // Arrange
        var kept = Enumerable.Range(0, 3).Select(i => GroupApi.UniqueName($"Kept {i}")).ToList();
        var unknownBusiness = GroupApi.UniqueName("Unknown business");
        var bodies = new List<string>
        {
            GroupApi.Body(kept[0], JsonText.Strings([DemoData.Org1Businesses[0]])),
            GroupApi.Body(unknownBusiness, JsonText.Strings([DemoData.Org1Businesses[1], "ffffffffffffffffffffffff"])),
            GroupApi.Body(kept[1], JsonText.Strings([DemoData.Org1Businesses[1]])),
            GroupApi.Body(kept[0].ToUpperInvariant(), "[]"),
            GroupApi.Body(kept[2], "[]"),
        };

        // Act
        var responses = await PostInOneBatchAsync(DemoData.CountrySection, bodies);

        // Assert
        var first = await responses[0].ShouldBeGroupCreatedAsync();
        await responses[1].ShouldBeAsync(
            HttpStatusCode.BadRequest, ErrorBodies.Field("business__in", "Unknown or inaccessible business ids: ffffffffffffffffffffffff"));
        var second = await responses[2].ShouldBeGroupCreatedAsync();
        await responses[3].ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "name_already_exists"));
        var third = await responses[4].ShouldBeGroupCreatedAsync();
        await _admin.ShouldReadGroupAsync(DemoData.CountrySection, first, kept[0], [DemoData.Org1Businesses[0]]);
        await _admin.ShouldReadGroupAsync(DemoData.CountrySection, second, kept[1], [DemoData.Org1Businesses[1]]);
        await _admin.ShouldReadGroupAsync(DemoData.CountrySection, third, kept[2], []);
        Assert.Equal(0, await SandboxDatabase.ScalarAsync(
            sandbox.DatabasePath, "SELECT COUNT(*) FROM Groups WHERE NameKey = $key", ("$key", NameKey.For(unknownBusiness))));
    }

    [Fact]
    public async Task CreateGroup_OneBatchOfOneNameInSeveralCases_ExactlyOneSucceeds()
    {
        // Arrange
        var suffix = Guid.NewGuid().ToString("N");
        var names = new[] { $"École {suffix}", $"ÉCOLE {suffix}", $"e\u0301cole {suffix}", $"école {suffix}" };

        // Act
        var responses = await PostInOneBatchAsync(DemoData.CategorySection, [.. names.Select(n => GroupApi.Body(n, "[]"))]);

        // Assert
        var created = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        await created.ShouldBeGroupCreatedAsync();
        foreach (var refused in responses.Where(r => r != created))
        {
            await refused.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "name_already_exists"));
        }

        Assert.Equal(1, await SandboxDatabase.ScalarAsync(
            sandbox.DatabasePath,
            "SELECT COUNT(*) FROM Groups WHERE SectionId = $section AND NameKey = $key",
            ("$section", DemoData.CategorySection),
            ("$key", NameKey.For(names[0]))));
    }

    private async Task<HttpResponseMessage[]> PostInOneBatchAsync(int sectionId, IReadOnlyList<string> bodies) =>
        await Task.WhenAll(await OneWriterBatch.QueueAsync(
            sandbox, bodies.Select(body => (Func<Task<HttpResponseMessage>>)(() => _admin.PostGroupAsync(sectionId, body)))));
}

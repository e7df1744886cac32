using System.Net;
using System.Text.Json;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>Many clients at once over real sockets: the name rule and the ids hold under concurrency.</summary>
public sealed class ConcurrentCreateGroupTests(KestrelSandboxFactory sandbox) : IClassFixture<KestrelSandboxFactory>
{
    private const int Requests = 50;

    [Fact]
    public async Task CreateGroup_SameNameFiftyTimesAtOnce_ExactlyOneSucceedsAndOneGroupIsStored()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var name = $"Concurrent {Guid.NewGuid():N}";
        var body = JsonSerializer.Serialize(new { name, business__in = Array.Empty<string>() });

        // Act
        var responses = await Task.WhenAll(Enumerable.Range(0, Requests)
            .Select(_ => client.PostJsonAsync(Routes.Groups(DemoData.CategorySection), body)));

        // Assert
        var created = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var id = (await created.ShouldHaveStatusAsync(HttpStatusCode.OK))["id"]!.GetValue<int>();
        await created.ShouldBeAsync(HttpStatusCode.OK, $$"""{"status":"success","id":{{id}}}""");
        foreach (var refused in responses.Where(r => r != created))
        {
            await refused.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "name_already_exists"));
        }

        Assert.Equal(1, await SandboxDatabase.ScalarAsync(
            sandbox.DatabasePath,
            "SELECT COUNT(*) FROM Groups WHERE SectionId = $section AND NameKey = $key",
            ("$section", DemoData.CategorySection),
            ("$key", NameKey.For(name))));
    }

    [Fact]
    public async Task CreateGroup_DifferentNamesAtOnce_AllSucceedWithDistinctNewIds()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var highestBefore = await SandboxDatabase.ScalarAsync(sandbox.DatabasePath, "SELECT MAX(Id) FROM Groups");
        var names = Enumerable.Range(0, Requests).Select(i => $"Parallel {i} {Guid.NewGuid():N}").ToList();

        // Act
        var responses = await Task.WhenAll(names.Select(name => client.PostJsonAsync(
            Routes.Groups(DemoData.CountrySection),
            JsonSerializer.Serialize(new { name, business__in = Array.Empty<string>() }))));

        // Assert
        var ids = new List<int>();
        foreach (var response in responses)
        {
            var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            Assert.Equal("success", body["status"]!.GetValue<string>());
            ids.Add(body["id"]!.GetValue<int>());
        }

        Assert.Equal(Requests, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(id > highestBefore, $"id {id} is not after the highest id {highestBefore} before the requests"));
        Assert.Equal(ids.Max(), await SandboxDatabase.ScalarAsync(sandbox.DatabasePath, "SELECT MAX(Id) FROM Groups"));
    }
}

using System.Net;
using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Users;

public sealed class SearchUsersPagingTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Theory]
    [InlineData(1, 2, "[0,1]")]
    [InlineData(2, 2, "[2,3]")]
    [InlineData(3, 2, "[4]")]
    [InlineData(4, 2, "[]")]
    [InlineData(0, 2, "[0,1]")]
    [InlineData(1, 5, "[0,1,2,3,4]")]
    public async Task SearchUsers_WithPageAndPerPage_ReturnsThatSliceAndTheEnvelope(int page, int perPage, string expectedIndexes)
    {
        // Arrange
        var (tag, ids) = await CreateTaggedUsersAsync(5);
        var expected = JsonNode.Parse(expectedIndexes)!.AsArray().Select(i => ids[i!.GetValue<int>()]).ToArray();

        // Act
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .GetAsync($"{Routes.UserSearch}?query={tag}&page={page}&per_page={perPage}", TestContext.Current.CancellationToken);

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal((Math.Max(page, 1), (5 + perPage - 1) / perPage, 5), (body["page"]!.GetValue<int>(), body["max_page"]!.GetValue<int>(), body["count"]!.GetValue<int>()));
        Assert.Equal(expected, body["users"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SearchUsers_WithoutPerPage_Returns30APage()
    {
        // Arrange
        var (tag, ids) = await CreateTaggedUsersAsync(31);

        // Act
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync($"{Routes.UserSearch}?query={tag}", TestContext.Current.CancellationToken);

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal((2, 31), (body["max_page"]!.GetValue<int>(), body["count"]!.GetValue<int>()));
        Assert.Equal(ids.Take(30), body["users"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SearchUsers_WithStatusAndDisabledFilters_ListsMatchingUsers()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var tag = $"t{Guid.NewGuid():N}";
        var invited = await admin.CreateUserAsync($$"""{"email":"a-{{tag}}@example.com","first_name":"A","last_name":"B","role":"PUBLISHER","status":"invited"}""");
        var disabled = await admin.CreateUserAsync($$"""{"email":"b-{{tag}}@example.com","first_name":"A","last_name":"B","role":"PUBLISHER"}""");
        await (await admin.PostJsonAsync(Routes.User(disabled), """{"disabled":true}""")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Act
        var byStatus = await (await admin.GetAsync($"{Routes.UserSearch}?query={tag}&status=invited", TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        var byDisabled = await (await admin.GetAsync($"{Routes.UserSearch}?query={tag}&disabled=TRUE", TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Assert
        Assert.Equal([invited], byStatus["users"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()));
        Assert.Equal([disabled], byDisabled["users"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()));
    }

    /// <summary>Creates <paramref name="count"/> users whose emails carry a fresh tag, in email order; returns the tag and their ids.</summary>
    private async Task<(string Tag, string[] Ids)> CreateTaggedUsersAsync(int count)
    {
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var tag = $"t{Guid.NewGuid():N}";
        var ids = new string[count];
        foreach (var i in Enumerable.Range(0, count).Reverse())
        {
            ids[i] = await admin.CreateUserAsync($$"""
                {"email":"u{{i:D2}}-{{tag}}@example.com","first_name":"Paged","last_name":"User","role":"PUBLISHER"}
                """);
        }

        return (tag, ids);
    }
}

using System.Globalization;
using System.Net;
using PartooGroups.Api.Tests.Infrastructure;
using PartooGroups.Api.Tests.Organizations;

namespace PartooGroups.Api.Tests.Businesses;

/// <summary>A sandbox with one more organization holding 35 businesses: "Store 00" to "Store 34", the even ones in Nantes.</summary>
public sealed class PagedOrganizationSandbox : SandboxFactory, IAsyncLifetime
{
    public const int BusinessCount = 35;

    public int OrgId { get; private set; }

    public IReadOnlyList<string> SortedIds { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        (OrgId, _) = await OrganizationApi.CreateAsync(this);
        var ids = new List<string>();
        for (var i = 0; i < BusinessCount; i++)
        {
            var place = i % 2 == 0 ? """ "city":"Nantes","zipcode":"44000" """ : """ "city":"Paris","zipcode":"75011" """;
            var name = string.Create(CultureInfo.InvariantCulture, $"Store {i:00}");
            ids.Add(await BusinessApi.CreateAsync(this, $$"""{"name":"{{name}}","org_id":{{OrgId}},{{place}}}"""));
        }

        SortedIds = [.. ids.Order(StringComparer.Ordinal)];
    }
}

public sealed class SearchBusinessesPagingTests(PagedOrganizationSandbox sandbox) : IClassFixture<PagedOrganizationSandbox>
{
    [Fact]
    public async Task SearchBusinesses_FirstPage_Returns30OrderedByIdWithMaxPage()
    {
        var body = await SearchAsync("");

        Assert.Equal((1, 2, 35), ((int)body["page"]!, (int)body["max_page"]!, (int)body["count"]!));
        Assert.Equal(sandbox.SortedIds.Take(30), Ids(body));
    }

    [Theory]
    [InlineData("&page=2", 2, 2, 30, 5)]
    [InlineData("&page=0", 1, 2, 0, 30)]
    [InlineData("&per_page=10&page=4", 4, 4, 30, 5)]
    [InlineData("&per_page=100", 1, 1, 0, 35)]
    [InlineData("&page=3", 3, 2, 35, 0)]
    public async Task SearchBusinesses_Page_ReturnsThatSliceWithEnvelope(string paging, int page, int maxPage, int skip, int take)
    {
        var body = await SearchAsync(paging);

        Assert.Equal((page, maxPage, 35), ((int)body["page"]!, (int)body["max_page"]!, (int)body["count"]!));
        Assert.Equal(sandbox.SortedIds.Skip(skip).Take(take), Ids(body));
    }

    [Theory]
    [InlineData("&query=nantes", 18)]
    [InlineData("&query=75011", 17)]
    [InlineData("&query=store%2003", 1)]
    public async Task SearchBusinesses_Query_MatchesCityZipcodeAndName(string filter, int count)
    {
        var body = await SearchAsync(filter + "&per_page=100");

        Assert.Equal(count, (int)body["count"]!);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> SearchAsync(string parameters)
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey)
            .GetAsync($"{BusinessApi.Search}?org_id={sandbox.OrgId}{parameters}", TestContext.Current.CancellationToken);
        return await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    private static string[] Ids(System.Text.Json.Nodes.JsonNode body) =>
        [.. body["businesses"]!.AsArray().Select(b => (string)b!["id"]!)];
}

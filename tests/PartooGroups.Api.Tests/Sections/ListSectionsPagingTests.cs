using System.Net;
using PartooGroups.Api.Tests.Infrastructure;
using PartooGroups.Api.Tests.Organizations;

namespace PartooGroups.Api.Tests.Sections;

/// <summary>getGroupSections pages, on an organization of its own holding 65 sections.</summary>
public sealed class ListSectionsPagingTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const int Total = 65;

    private async Task<(int OrgId, List<int> SectionIds)> CreateOrganizationWithSectionsAsync()
    {
        var (orgId, _) = await OrganizationApi.CreateAsync(sandbox);
        var client = sandbox.CreateClient(DemoData.ProviderKey);
        var ids = new List<int>();
        for (var i = 0; i < Total; i++)
        {
            var response = await client.PostJsonAsync(Routes.Sections, $$"""{"name":"Section {{i:D2}}","org_id":"{{orgId}}"}""");
            ids.Add((int)(await response.ShouldHaveStatusAsync(HttpStatusCode.OK))["id"]!);
        }

        return (orgId, ids);
    }

    [Fact]
    public async Task ListSections_Over65Sections_Pages30ByIdUntilAnEmptyPage()
    {
        // Arrange
        var (orgId, ids) = await CreateOrganizationWithSectionsAsync();
        var client = sandbox.CreateClient(DemoData.ProviderKey);
        var expectedPages = new[] { ids[..30], ids[30..60], ids[60..], [] };

        for (var page = 1; page <= expectedPages.Length; page++)
        {
            // Act
            var response = await client.GetAsync($"{Routes.Sections}?org_id={orgId}&page={page}", TestContext.Current.CancellationToken);

            // Assert
            var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            Assert.Equal(page, (int)body["page"]!);
            Assert.Equal(3, (int)body["max_page"]!);
            Assert.Equal(Total, (int)body["count"]!);
            Assert.Equal(expectedPages[page - 1], body["sections"]!.AsArray().Select(s => (int)s!["id"]!));
        }
    }

    [Fact]
    public async Task ListSections_SectionOfAPage_IsTheFullSectionObject()
    {
        // Arrange
        var (orgId, ids) = await CreateOrganizationWithSectionsAsync();

        // Act
        var response = await sandbox.CreateClient(DemoData.ProviderKey)
            .GetAsync($"{Routes.Sections}?org_id={orgId}&page=3", TestContext.Current.CancellationToken);

        // Assert
        var sections = string.Join(",", ids[60..].Select((id, i) =>
            $$"""{"id":{{id}},"name":"Section {{60 + i}}","groups":[],"can_edit":true,"has_puller":false}"""));
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"page":3,"max_page":3,"count":{{Total}},"sections":[{{sections}}]}""");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public async Task ListSections_PageZeroOrOne_IsTheFirstPage(string page)
    {
        // Arrange
        var (orgId, ids) = await CreateOrganizationWithSectionsAsync();

        // Act
        var response = await sandbox.CreateClient(DemoData.ProviderKey)
            .GetAsync($"{Routes.Sections}?org_id={orgId}&page={page}", TestContext.Current.CancellationToken);

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal(1, (int)body["page"]!);
        Assert.Equal(ids[..30], body["sections"]!.AsArray().Select(s => (int)s!["id"]!));
    }
}

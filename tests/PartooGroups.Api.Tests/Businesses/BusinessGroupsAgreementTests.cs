using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Businesses;

/// <summary>A business's groups and a group's business_ids are one relation: a change on either side shows on the other.</summary>
public sealed class BusinessGroupsAgreementTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task UpdateBusinessGroups_ShowsInGroupsBusinessIds()
    {
        // Arrange
        var id = await BusinessApi.CreateInOrg1Async(sandbox, extraJson: $$""","groups":[{{DemoData.France}}]""");
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var ct = TestContext.Current.CancellationToken;

        // Act
        var response = await client.PostJsonAsync(BusinessApi.Business(id), $$"""{"groups":[{{DemoData.Italy}}]}""");

        // Assert
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var italy = await (await client.GetAsync(Routes.Group(DemoData.CountrySection, DemoData.Italy), ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var france = await (await client.GetAsync(Routes.Group(DemoData.CountrySection, DemoData.France), ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Contains(id, italy["business_ids"]!.AsArray().Select(b => (string)b!));
        Assert.DoesNotContain(id, france["business_ids"]!.AsArray().Select(b => (string)b!));
    }

    [Fact]
    public async Task CreateBusinessWithGroups_ShowsInGroupsBusinessIds()
    {
        var id = await BusinessApi.CreateInOrg1Async(sandbox, extraJson: $$""","groups":[{{DemoData.Bakery}}]""");

        var bakery = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .GetAsync(Routes.Group(DemoData.CategorySection, DemoData.Bakery), TestContext.Current.CancellationToken);

        Assert.Contains(id, (await bakery.ShouldHaveStatusAsync(HttpStatusCode.OK))["business_ids"]!.AsArray().Select(b => (string)b!));
    }

    [Fact]
    public async Task CreateGroupWithBusinessIn_ShowsInBusinessGroups()
    {
        // Arrange
        var id = await BusinessApi.CreateInOrg1Async(sandbox, extraJson: $$""","groups":[{{DemoData.France}}]""");
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var created = await client.PostJsonAsync(Routes.Groups(DemoData.CategorySection), $$"""{"name":"Group {{Guid.NewGuid():N}}","business__in":["{{id}}"]}""");
        var groupId = (int)(await created.ShouldHaveStatusAsync(HttpStatusCode.OK))["id"]!;

        // Act
        var response = await client.GetAsync(BusinessApi.Business(id), TestContext.Current.CancellationToken);

        // Assert
        var groups = (await response.ShouldHaveStatusAsync(HttpStatusCode.OK))["groups"]!.AsArray().Select(g => (int)g!).ToArray();
        Assert.Equal([DemoData.France, groupId], groups);
    }
}

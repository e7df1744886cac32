using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sections;

/// <summary>What a puller owns cannot be changed: a plain group of a puller section, a puller group of a plain section.</summary>
public sealed class PullerProtectionTests(PullerSandbox sandbox) : IClassFixture<PullerSandbox>
{
    private const string MixedGroups =
        """[{"id":2,"name":"Synced group","has_puller":true},{"id":3,"name":"Plain","has_puller":false}]""";

    [Theory]
    [InlineData(PullerSandbox.PullerSection, PullerSandbox.PlainGroupOfPullerSection)]
    [InlineData(PullerSandbox.MixedSection, PullerSandbox.PullerGroupOfMixedSection)]
    public async Task UpdateGroup_OwnedByAPuller_Returns403(int sectionId, int groupId)
    {
        var response = await sandbox.CreateClient(PullerSandbox.AdminKey).PostJsonAsync(Routes.Group(sectionId, groupId), """{"name":"Renamed"}""");

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Theory]
    [InlineData(PullerSandbox.PullerSection, PullerSandbox.PlainGroupOfPullerSection)]
    [InlineData(PullerSandbox.MixedSection, PullerSandbox.PullerGroupOfMixedSection)]
    public async Task DeleteGroup_OwnedByAPuller_Returns403(int sectionId, int groupId)
    {
        var response = await sandbox.CreateClient(PullerSandbox.AdminKey).DeleteAsync(Routes.Group(sectionId, groupId), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task UpdateGroup_PlainGroupBesideAPullerGroup_Returns200()
    {
        var response = await sandbox.CreateClient(PullerSandbox.AdminKey)
            .PostJsonAsync(Routes.Group(PullerSandbox.MixedSection, PullerSandbox.PlainGroupOfMixedSection), """{"name":"Plain"}""");

        await response.ShouldBeAsync(HttpStatusCode.OK, """{"status":"success","id":3}""");
    }

    [Fact]
    public async Task UpdateSection_OrgAdminOnSectionHoldingAPullerGroup_Returns200()
    {
        var response = await sandbox.CreateClient(PullerSandbox.AdminKey).PostJsonAsync(Routes.Section(PullerSandbox.MixedSection), """{"name":"Mixed"}""");

        await response.ShouldBeAsync(HttpStatusCode.OK, """{"status":"success","id":2}""");
    }

    [Fact]
    public async Task UpdateSection_GroupManagerOnSectionHoldingAPullerGroup_Returns403()
    {
        var response = await sandbox.CreateClient(PullerSandbox.GroupManagerKey).PostJsonAsync(Routes.Section(PullerSandbox.MixedSection), """{"name":"Mixed"}""");

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Theory]
    [InlineData(PullerSandbox.AdminKey)]
    [InlineData(PullerSandbox.GroupManagerKey)]
    public async Task DeleteSection_HoldingAPullerGroup_Returns403(string apiKey)
    {
        var response = await sandbox.CreateClient(apiKey).DeleteAsync(Routes.Section(PullerSandbox.MixedSection), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Theory]
    [InlineData(PullerSandbox.AdminKey)]
    [InlineData(PullerSandbox.GroupManagerKey)]
    public async Task GetSection_HoldingAPullerGroupAndAPlainOne_ReturnsCanEditTrue(string apiKey)
    {
        var response = await sandbox.CreateClient(apiKey).GetAsync(Routes.Section(PullerSandbox.MixedSection), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"id":2,"name":"Mixed","groups":{{MixedGroups}},"can_edit":true,"has_puller":false}""");
    }

    [Fact]
    public async Task GetSection_PullerSectionWithAPlainGroup_ReturnsCanEditFalse()
    {
        var response = await sandbox.CreateClient(PullerSandbox.AdminKey).GetAsync(Routes.Section(PullerSandbox.PullerSection), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.OK, """
            {"id":1,"name":"Synced","groups":[{"id":1,"name":"Plain in synced","has_puller":false}],"can_edit":false,"has_puller":true}
            """);
    }
}

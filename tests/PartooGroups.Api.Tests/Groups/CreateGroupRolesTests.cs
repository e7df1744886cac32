using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Groups;

/// <summary>createGroup: who may create groups in which section, and existence of the section before role and scope.</summary>
public sealed class CreateGroupRolesTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const int UnknownSection = 999;

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    [InlineData(DemoData.GroupManagerKey)]
    public async Task CreateGroup_ByRoleThatEditsGroups_Returns200(string apiKey)
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey);
        var name = GroupApi.UniqueName();

        // Act
        var response = await client.PostGroupAsync(DemoData.CountrySection, GroupApi.Body(name, "[]"));

        // Assert
        var id = await response.ShouldBeGroupCreatedAsync();
        await client.ShouldReadGroupAsync(DemoData.CountrySection, id, name, []);
    }

    [Fact]
    public async Task CreateGroup_ByProviderInAnyOrganizationOfItsProvider_Returns200()
    {
        // Arrange
        var provider = sandbox.CreateClient(DemoData.ProviderKey);
        var name = GroupApi.UniqueName();

        // Act
        var response = await provider.PostGroupAsync(DemoData.Org2CountrySection, GroupApi.Body(name, JsonText.Strings([DemoData.MadridSol])));

        // Assert
        var id = await response.ShouldBeGroupCreatedAsync();
        await provider.ShouldReadGroupAsync(DemoData.Org2CountrySection, id, name, [DemoData.MadridSol]);
    }

    [Theory]
    [InlineData(DemoData.BusinessManagerKey)]
    [InlineData(DemoData.PublisherKey)]
    public async Task CreateGroup_ByRoleThatOnlyReads_Returns403AndCreatesNothing(string apiKey)
    {
        // Arrange
        var probe = await WriteProbe.GroupsAsync(sandbox);

        // Act
        var response = await sandbox.CreateClient(apiKey).PostGroupAsync(DemoData.CountrySection, GroupApi.Body(GroupApi.UniqueName(), "[]"));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        await probe.ShouldSeeNothingWrittenAsync();
    }

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    [InlineData(DemoData.GroupManagerKey)]
    public async Task CreateGroup_InPullerSection_Returns403AndCreatesNothing(string apiKey)
    {
        // Arrange
        var probe = await WriteProbe.GroupsAsync(sandbox);

        // Act
        var response = await sandbox.CreateClient(apiKey).PostGroupAsync(DemoData.PullerSection, GroupApi.Body(GroupApi.UniqueName(), "[]"));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        await probe.ShouldSeeNothingWrittenAsync();
    }

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.GroupManagerKey)]
    [InlineData(DemoData.PublisherKey)]
    [InlineData(DemoData.BusinessManagerKey)]
    [InlineData(DemoData.Org2AdminKey)]
    public async Task CreateGroup_InUnknownSection_Returns404BeforeRoleAndScope(string apiKey)
    {
        // Arrange
        var probe = await WriteProbe.GroupsAsync(sandbox);

        // Act
        var response = await sandbox.CreateClient(apiKey).PostGroupAsync(UnknownSection, GroupApi.Body(GroupApi.UniqueName(), "[]"));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
        await probe.ShouldSeeNothingWrittenAsync();
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.0")]
    [InlineData("99999999999")]
    [InlineData("-1")]
    [InlineData("0")]
    public async Task CreateGroup_WithSectionIdNotAPositiveInteger_Returns404(string sectionId)
    {
        // Arrange
        var probe = await WriteProbe.GroupsAsync(sandbox);

        // Act
        var response = await sandbox.CreateClient(DemoData.OrgAdminKey)
            .PostJsonAsync($"/v2/sections/{sectionId}/groups", GroupApi.Body(GroupApi.UniqueName(), "[]"));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
        await probe.ShouldSeeNothingWrittenAsync();
    }
}

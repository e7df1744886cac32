using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Groups;

/// <summary>createGroup by a GROUP_MANAGER with no accesses, or an empty one: allowed in any section, but it sees no business.</summary>
public sealed class CreateGroupWithoutAccessTests(GroupManagerWithoutAccessSandbox sandbox) : IClassFixture<GroupManagerWithoutAccessSandbox>
{
    private readonly HttpClient _admin = sandbox.CreateClient(GroupManagerWithoutAccessSandbox.AdminKey);

    [Theory]
    [InlineData(GroupManagerWithoutAccessSandbox.NoAccessesKey, GroupManagerWithoutAccessSandbox.SectionWithGroup)]
    [InlineData(GroupManagerWithoutAccessSandbox.NoAccessesKey, GroupManagerWithoutAccessSandbox.EmptySection)]
    [InlineData(GroupManagerWithoutAccessSandbox.EmptyAccessKey, GroupManagerWithoutAccessSandbox.SectionWithGroup)]
    [InlineData(GroupManagerWithoutAccessSandbox.EmptyAccessKey, GroupManagerWithoutAccessSandbox.EmptySection)]
    public async Task CreateGroup_ByGroupManagerWithoutAccessAndBusinessInOmitted_CreatesEmptyGroup(string apiKey, int sectionId)
    {
        // Arrange
        var name = GroupApi.UniqueName();

        // Act
        var response = await sandbox.CreateClient(apiKey).PostGroupAsync(sectionId, GroupApi.Body(name));

        // Assert
        var id = await response.ShouldBeGroupCreatedAsync();
        await _admin.ShouldReadGroupAsync(sectionId, id, name, []);
    }

    [Theory]
    [InlineData(GroupManagerWithoutAccessSandbox.NoAccessesKey)]
    [InlineData(GroupManagerWithoutAccessSandbox.EmptyAccessKey)]
    public async Task CreateGroup_ByGroupManagerWithoutAccessListingABusiness_Returns400OnBusinessInAndCreatesNothing(string apiKey)
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey);
        var name = GroupApi.UniqueName();

        // Act
        var response = await client.PostGroupAsync(
            GroupManagerWithoutAccessSandbox.EmptySection,
            GroupApi.Body(name, JsonText.Strings([GroupManagerWithoutAccessSandbox.Business])));

        // Assert
        await response.ShouldBeAsync(
            HttpStatusCode.BadRequest,
            ErrorBodies.Field("business__in", $"Unknown or inaccessible business ids: {GroupManagerWithoutAccessSandbox.Business}"));
        await client.CreateGroupAsync(GroupManagerWithoutAccessSandbox.EmptySection, name);
    }
}

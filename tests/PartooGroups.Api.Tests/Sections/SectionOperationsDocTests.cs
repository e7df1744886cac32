using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sections;

/// <summary>The section and group routes carry the vendor's operationIds and tag in the OpenAPI document.</summary>
public sealed class SectionOperationsDocTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Theory]
    [InlineData("/v2/sections", "get", "getGroupSections")]
    [InlineData("/v2/sections", "post", "createGroupSection")]
    [InlineData("/v2/sections/{section_id}", "get", "getGroupSectionById")]
    [InlineData("/v2/sections/{section_id}", "post", "updateGroupSection")]
    [InlineData("/v2/sections/{section_id}", "delete", "deleteGroupSection")]
    [InlineData("/v2/sections/{section_id}/groups/{group_id}", "post", "updateGroup")]
    [InlineData("/v2/sections/{section_id}/groups/{group_id}", "delete", "deleteGroup")]
    public async Task SwaggerDocument_SectionAndGroupRoute_HasTheVendorsOperationIdAndTag(string path, string method, string operationId)
    {
        // Act
        var response = await sandbox.CreateClient(apiKey: null).GetAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);

        // Assert
        var operation = (await response.ShouldHaveStatusAsync(HttpStatusCode.OK))["paths"]![path]![method]!;
        Assert.Equal(operationId, (string)operation["operationId"]!);
        Assert.Equal("Groups and Sections", (string)operation["tags"]![0]!);
    }
}

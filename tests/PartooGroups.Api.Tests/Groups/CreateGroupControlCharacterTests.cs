using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Groups;

/// <summary>Control characters are refused in names like the vendor's forbidden <c>,;/</c>; other Unicode is kept.</summary>
public sealed class CreateGroupControlCharacterTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Theory]
    [InlineData("x\\u0000y")]
    [InlineData("bell\\u0007")]
    [InlineData("two\\nlines")]
    [InlineData("tab\\there")]
    [InlineData("c1\\u0085control")]
    public async Task CreateGroup_WithControlCharacterInName_Returns400(string escapedName)
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await client.PostJsonAsync(Routes.Groups(DemoData.CountrySection), $$"""{"name":"{{escapedName}}"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "name_contains_forbidden_characters"));
    }

    [Theory]
    [InlineData("Ελλάδα")]
    [InlineData("日本")]
    [InlineData("e\\u0301cole")]
    public async Task CreateGroup_WithOtherUnicodeInName_Returns200(string escapedName)
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await client.PostJsonAsync(Routes.Groups(DemoData.CategorySection), $$"""{"name":"{{escapedName}} {{Guid.NewGuid():N}}"}""");

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal("success", body["status"]!.GetValue<string>());
    }
}

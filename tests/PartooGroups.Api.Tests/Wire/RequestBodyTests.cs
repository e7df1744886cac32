using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Wire;

/// <summary>
/// Bodies that are not a JSON object get 400 <c>{"errors":{"json":"&lt;message&gt;"}}</c>; unknown fields get 400 on that field.
/// Nothing a refused body carries is written.
/// </summary>
public sealed class RequestBodyTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private readonly HttpClient _admin = sandbox.CreateClient(DemoData.OrgAdminKey);
    private readonly HttpClient _provider = sandbox.CreateClient(DemoData.ProviderKey);

    /// <summary>Malformed, truncated, not an object, empty; <c>@name</c> stands for a fresh, otherwise valid name.</summary>
    public static TheoryData<string> NotAnObject => new()
    {
        "{",
        "{\"name\":",
        "{\"name\":\"@name\"",
        "{\"name\":\"@name\",",
        "{\"name\":\"@name\",}",
        "{name:\"@name\"}",
        "{'name':'@name'}",
        "{\"name\":\"@name\"} {\"name\":\"@name\"}",
        "{\"name\":\"@name\"} trailing",
        "[]",
        "[{\"name\":\"@name\"}]",
        "null",
        "",
        "   ",
        "\"@name\"",
        "42",
        "true",
    };

    [Theory]
    [MemberData(nameof(NotAnObject))]
    public async Task CreateGroup_WithBodyThatIsNotAJsonObject_Returns400WithMessageAndCreatesNothing(string template)
    {
        // Arrange
        var name = GroupApi.UniqueName();
        var probe = await WriteProbe.GroupsAsync(sandbox);

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, template.Replace("@name", name, StringComparison.Ordinal));

        // Assert
        await response.ShouldBeBadJsonAsync();
        await probe.ShouldSeeNothingWrittenAsync();
        await _admin.CreateGroupAsync(DemoData.CountrySection, name);
    }

    [Theory]
    [MemberData(nameof(NotAnObject))]
    public async Task CreateOrganization_WithBodyThatIsNotAJsonObject_Returns400WithMessageAndCreatesNothing(string template)
    {
        // Arrange
        var probe = await WriteProbe.OrganizationsAsync(sandbox);

        // Act
        var response = await _provider.PostOrganizationAsync(template.Replace("@name", "Sun Shop", StringComparison.Ordinal));

        // Assert
        await response.ShouldBeBadJsonAsync();
        await probe.ShouldSeeNothingWrittenAsync();
    }

    [Theory]
    [InlineData(",\"color\":\"red\"", "color")]
    [InlineData(",\"Name\":\"Other\"", "Name")]
    [InlineData(",\"business_in\":[]", "business_in")]
    [InlineData(",\"has_puller\":true", "has_puller")]
    [InlineData(",\"id\":1000", "id")]
    public async Task CreateGroup_WithUnknownField_Returns400OnThatFieldAndCreatesNothing(string extra, string field)
    {
        // Arrange
        var name = GroupApi.UniqueName();

        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, $$"""{"name":{{JsonText.Quote(name)}}{{extra}}}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(field, "Unknown field."));
        await _admin.CreateGroupAsync(DemoData.CountrySection, name);
    }

    [Theory]
    [InlineData(",\"provider\":\"partoo-sandbox\"", "provider")]
    [InlineData(",\"Alias\":\"sun\"", "Alias")]
    [InlineData(",\"org_id\":1000", "org_id")]
    public async Task CreateOrganization_WithUnknownField_Returns400OnThatFieldAndCreatesNothing(string extra, string field)
    {
        // Arrange
        var alias = CreateOrganizationCalls.UniqueAlias();

        // Act
        var response = await _provider.PostOrganizationAsync($$"""{"name":"Sun Shop","alias":"{{alias}}"{{extra}}}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(field, "Unknown field."));
        await (await _provider.PostOrganizationAsync($$"""{"name":"Sun Shop","alias":"{{alias}}"}""")).ShouldBeOrganizationCreatedAsync(alias, null);
    }
}

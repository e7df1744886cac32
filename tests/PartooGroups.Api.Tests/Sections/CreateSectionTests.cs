using System.Net;
using System.Text.Json;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sections;

public sealed class CreateSectionTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private Task<HttpResponseMessage> PostAsync(string apiKey, string json) =>
        sandbox.CreateClient(apiKey).PostJsonAsync(Routes.Sections, json);

    private static string Body(string name, string orgIdJson = "") =>
        $$"""{"name":{{JsonSerializer.Serialize(name)}}{{(orgIdJson.Length > 0 ? ",\"org_id\":" + orgIdJson : "")}}}""";

    [Fact]
    public async Task CreateSection_AsOrgAdmin_Returns200WithIdAndCreatesAnEmptySection()
    {
        // Arrange
        var name = SectionApi.UniqueName();

        // Act
        var response = await PostAsync(DemoData.OrgAdminKey, Body(name));

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var id = (int)body["id"]!;
        Assert.Equal($$"""{"status":"success","id":{{id}}}""", body.ToJsonString());
        Assert.True(id > DemoData.Org2CountrySection);
        var created = await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync(Routes.Section(id), TestContext.Current.CancellationToken);
        await created.ShouldBeAsync(HttpStatusCode.OK, $$"""{"id":{{id}},"name":"{{name}}","groups":[],"can_edit":true,"has_puller":false}""");
    }

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    [InlineData(DemoData.OrgManagerKey)]
    [InlineData(DemoData.GroupManagerKey)]
    public async Task CreateSection_ByGroupManagerOrAbove_Returns200(string apiKey)
    {
        // Act
        var response = await PostAsync(apiKey, Body(SectionApi.UniqueName(), "1"));

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal($$"""{"status":"success","id":{{(int)body["id"]!}}}""", body.ToJsonString());
    }

    [Theory]
    [InlineData(DemoData.BusinessManagerKey)]
    [InlineData(DemoData.PublisherKey)]
    public async Task CreateSection_ByBusinessManagerOrPublisher_Returns403(string apiKey)
    {
        var response = await PostAsync(apiKey, Body(SectionApi.UniqueName(), "1"));

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("\"2\"")]
    public async Task CreateSection_ProviderWithOrgIdAsIntegerOrNumericString_CreatesInThatOrganization(string orgIdJson)
    {
        // Arrange
        var name = SectionApi.UniqueName();

        // Act
        var response = await PostAsync(DemoData.ProviderKey, Body(name, orgIdJson));

        // Assert
        var id = (int)(await response.ShouldHaveStatusAsync(HttpStatusCode.OK))["id"]!;
        var inOrg2 = await sandbox.CreateClient(DemoData.Org2AdminKey).GetAsync(Routes.Section(id), TestContext.Current.CancellationToken);
        await inOrg2.ShouldBeAsync(HttpStatusCode.OK, $$"""{"id":{{id}},"name":"{{name}}","groups":[],"can_edit":true,"has_puller":false}""");
    }

    [Fact]
    public async Task CreateSection_ProviderWithoutOrgId_Returns400OnOrgId()
    {
        var response = await PostAsync(DemoData.ProviderKey, Body(SectionApi.UniqueName()));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("org_id", "Missing data for required field."));
    }

    [Theory]
    [InlineData(DemoData.ProviderKey)]
    [InlineData(DemoData.OrgAdminKey)]
    public async Task CreateSection_UnknownOrgId_Returns404(string apiKey)
    {
        var response = await PostAsync(apiKey, Body(SectionApi.UniqueName(), "999"));

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"1\"")]
    public async Task CreateSection_NonProviderWithOwnOrgId_Returns200(string orgIdJson)
    {
        var response = await PostAsync(DemoData.OrgManagerKey, Body(SectionApi.UniqueName(), orgIdJson));

        Assert.Equal("success", (string)(await response.ShouldHaveStatusAsync(HttpStatusCode.OK))["status"]!);
    }

    [Fact]
    public async Task CreateSection_NameOfAnotherSectionInAnyLetterCase_Returns400NameAlreadyExists()
    {
        var response = await PostAsync(DemoData.OrgAdminKey, Body("cOUNTRY"));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "name_already_exists"));
    }

    [Fact]
    public async Task CreateSection_NameDifferingOnlyInNonAsciiCase_Returns400NameAlreadyExists()
    {
        // Arrange
        var suffix = Guid.NewGuid().ToString("N");
        await SectionApi.CreateSectionAsync(sandbox, "école " + suffix);

        // Act
        var response = await PostAsync(DemoData.OrgAdminKey, Body("ÉCOLE " + suffix.ToUpperInvariant()));

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "name_already_exists"));
    }

    [Fact]
    public async Task CreateSection_NameOfASectionOfAnotherOrganization_Returns200()
    {
        // Arrange
        var name = SectionApi.UniqueName();
        await SectionApi.CreateSectionAsync(sandbox, name, DemoData.Org2AdminKey);

        // Act
        var response = await PostAsync(DemoData.OrgAdminKey, Body(name));

        // Assert
        Assert.Equal("success", (string)(await response.ShouldHaveStatusAsync(HttpStatusCode.OK))["status"]!);
    }

    [Fact]
    public async Task CreateSection_NameWithSurroundingSpaces_StoresItTrimmed()
    {
        // Arrange
        var name = SectionApi.UniqueName();

        // Act
        var response = await PostAsync(DemoData.OrgAdminKey, Body("  " + name + " "));

        // Assert
        var id = (int)(await response.ShouldHaveStatusAsync(HttpStatusCode.OK))["id"]!;
        Assert.Equal(name, await SectionApi.NameAtAsync(sandbox, Routes.Section(id)));
    }

    [Theory]
    [InlineData("""{}""", "Missing data for required field.")]
    [InlineData("""{"name":null}""", "Missing data for required field.")]
    [InlineData("""{"name":"  "}""", "Field may not be blank.")]
    [InlineData("""{"name":"North, South"}""", "name_contains_forbidden_characters")]
    [InlineData("""{"name":"North; South"}""", "name_contains_forbidden_characters")]
    [InlineData("""{"name":"North/South"}""", "name_contains_forbidden_characters")]
    public async Task CreateSection_InvalidName_Returns400OnName(string json, string message)
    {
        var response = await PostAsync(DemoData.OrgAdminKey, json);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", message));
    }

    [Fact]
    public async Task CreateSection_NameLongerThan255_Returns400OnName()
    {
        var response = await PostAsync(DemoData.OrgAdminKey, Body(new string('a', 256)));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("name", "Longer than maximum length 255."));
    }

    [Fact]
    public async Task CreateSection_OrgIdZero_Returns400OnOrgId()
    {
        var response = await PostAsync(DemoData.ProviderKey, Body(SectionApi.UniqueName(), "0"));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("org_id", "Must be greater than or equal to 1."));
    }

    [Fact]
    public async Task CreateSection_NonNumericOrgIdString_Returns400OnOrgId()
    {
        var response = await PostAsync(DemoData.ProviderKey, Body(SectionApi.UniqueName(), "\"abc\""));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("org_id", "Not a valid integer."));
    }

    [Fact]
    public async Task CreateSection_UnknownField_Returns400OnThatField()
    {
        var response = await PostAsync(DemoData.OrgAdminKey, """{"name":"Anything","color":"red"}""");

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("color", "Unknown field."));
    }

    [Fact]
    public async Task CreateSection_WithoutApiKey_Returns401()
    {
        var response = await sandbox.CreateClient(apiKey: null).PostJsonAsync(Routes.Sections, Body(SectionApi.UniqueName()));

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }
}

using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using static Microsoft.Playwright.Assertions;

namespace PartooGroups.SwaggerUi.Tests;

/// <summary>Exploring the API in Swagger UI as a person does: Authorize with a demo key, Try it out, Execute.</summary>
public sealed class CreateGroupInSwaggerUiTests(SocketSandbox sandbox, HeadlessChromium chromium)
    : IClassFixture<SocketSandbox>, IClassFixture<HeadlessChromium>
{
    private const string DemoOrgAdminKey = "demo-org-admin-key";
    private const string GroupsAndSections = "Groups and Sections";
    private const string CountrySection = "1";

    [Fact]
    public async Task CreateGroup_TriedOutWithADemoKey_ShowsTheNewGroupAndCreatesIt()
    {
        // Arrange
        var name = $"Explored {Guid.NewGuid():N}";
        var ui = await SwaggerUiPage.OpenAsync(chromium.Browser, sandbox.BaseAddress);
        await ui.AuthorizeAsync("x-APIKey", DemoOrgAdminKey);

        // Act
        var createGroup = await ui.TryItOutAsync(GroupsAndSections, "createGroup");
        await createGroup.FillParameterAsync("section_id", CountrySection);
        await createGroup.FillBodyAsync($$"""{"name":"{{name}}","business__in":[]}""");
        var created = await createGroup.ExecuteAsync();

        // Assert
        await Expect(created.Status).ToHaveTextAsync("200");
        var body = JsonNode.Parse(await created.Body.InnerTextAsync())!;
        Assert.Equal("success", body["status"]!.GetValue<string>());
        var id = body["id"]!.GetValue<int>();

        var getGroup = await ui.TryItOutAsync(GroupsAndSections, "getGroup");
        await getGroup.FillParameterAsync("section_id", CountrySection);
        await getGroup.FillParameterAsync("group_id", id.ToString(CultureInfo.InvariantCulture));
        var read = await getGroup.ExecuteAsync();
        await Expect(read.Status).ToHaveTextAsync("200");
        Assert.Equal(name, JsonNode.Parse(await read.Body.InnerTextAsync())!["name"]!.GetValue<string>());

        using var client = sandbox.ClientWithKey(DemoOrgAdminKey);
        var stored = await client.GetAsync(new Uri($"/v2/sections/{CountrySection}/groups/{id}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal(
            $$"""{"id":{{id}},"name":"{{name}}","has_puller":false,"business_ids":[]}""",
            await stored.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

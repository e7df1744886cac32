using System.Net;
using Microsoft.Extensions.Options;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Diagnostics;

/// <summary>The <c>Sandbox:JournalSize</c> and <c>Sandbox:AdminKey</c> settings, each on a sandbox of its own.</summary>
public sealed class DiagnosticsSettingsTests
{
    [Fact]
    public async Task ListRequests_MoreRequestsThanJournalSize_KeepsOnlyTheLatest()
    {
        // Arrange
        using var sandbox = new SandboxFactory { Settings = new Dictionary<string, string> { ["Sandbox:JournalSize"] = "2" } };
        var client = sandbox.CreateClient(DemoData.ProviderKey);
        foreach (var group in new[] { DemoData.France, DemoData.Italy, DemoData.Bakery })
        {
            await client.GetAsync(Routes.Group(DemoData.CountrySection, group), TestContext.Current.CancellationToken);
        }

        // Act
        var requests = await sandbox.CreateAdminClient().JournalAsync();

        // Assert
        requests.ShouldBe("""
            [{"method":"GET","path":"/v2/sections/1/groups/3","query_keys":[],"operation_id":"getGroup","status":404,
              "tenant":"partoo-sandbox","role":"PROVIDER","fault_id":null},
             {"method":"GET","path":"/v2/sections/1/groups/2","query_keys":[],"operation_id":"getGroup","status":200,
              "tenant":"partoo-sandbox","role":"PROVIDER","fault_id":null}]
            """);
    }

    [Fact]
    public async Task AdminRoutes_WithConfiguredAdminKey_AcceptOnlyThatKey()
    {
        // Arrange
        using var sandbox = new SandboxFactory { Settings = new Dictionary<string, string> { ["Sandbox:AdminKey"] = "my-own-admin-key" } };
        var defaultKey = sandbox.CreateAdminClient();
        var ownKey = sandbox.CreateClient(apiKey: null);
        ownKey.DefaultRequestHeaders.Add(SandboxAdmin.AdminKeyHeader, "my-own-admin-key");

        // Act
        var withDefault = await defaultKey.GetAsync(SandboxAdmin.Journal, TestContext.Current.CancellationToken);
        var withOwn = await ownKey.GetAsync(SandboxAdmin.Journal, TestContext.Current.CancellationToken);

        // Assert
        await withDefault.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
        await withOwn.ShouldBeAsync(HttpStatusCode.OK, """{"count":0,"requests":[]}""");
    }

    [Theory]
    [InlineData("Sandbox:JournalSize", "0")]
    [InlineData("Sandbox:AdminKey", " ")]
    public void Start_WithUnusableSetting_Fails(string key, string value)
    {
        // Arrange
        using var sandbox = new SandboxFactory { Settings = new Dictionary<string, string> { [key] = value } };

        // Act
        var exception = Record.Exception(() => sandbox.CreateClient(apiKey: null));

        // Assert
        Assert.Contains(key, Assert.IsType<OptionsValidationException>(exception).Message, StringComparison.Ordinal);
    }
}

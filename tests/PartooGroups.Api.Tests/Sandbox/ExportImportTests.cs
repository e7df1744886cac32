using System.Net;
using PartooGroups.Api.Tests.Businesses;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sandbox;

public sealed class ExportImportTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    /// <summary>A plain seed document: provider "shop", organization 1, group 1 of section 1 with one business, an admin with key "admin".</summary>
    private const string Seed = """
        {
          "providers": [{"id": "shop"}],
          "organizations": [{"org_id": 1, "name": "Shop", "provider": "shop"}],
          "businesses": [{"id": "00000000000000000000000a", "org_id": 1, "name": "Paris"}],
          "sections": [{"id": 1, "org_id": 1, "name": "Country",
                        "groups": [{"id": 1, "name": "France", "business_ids": ["00000000000000000000000a"]}]}],
          "users": [{"email": "admin@shop.example", "role": "ORG_ADMIN", "org_id": 1, "api_key": "admin"}]
        }
        """;

    [Fact]
    public async Task ExportThenImport_IntoAnEmptySandbox_GivesTheSameAnswers()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var orgAdmin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var shop = await BusinessApi.CreateInOrg1Async(sandbox, extraJson: ""","code":"X1","city":"Nice","zipcode":"06000","country":"FR","groups":[1]""");
        await (await orgAdmin.PostJsonAsync(BusinessApi.Business(DemoData.MilanoDuomo), """{"status":"closed"}""")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var group = await (await orgAdmin.PostJsonAsync(Routes.Groups(DemoData.CategorySection), $"{{\"name\":\"Import {Guid.NewGuid():N}\"}}"))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        var tenant = await admin.CreateTenantAsync();
        var export = await admin.ExportTextAsync();
        var seedPath = Path.Combine(Path.GetTempPath(), $"empty-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(seedPath, "{}", TestContext.Current.CancellationToken);
        using var target = new SandboxFactory { SeedPath = seedPath };

        // Act
        var response = await target.CreateAdminClient().PostJsonAsync(SandboxAdmin.Import, export);

        // Assert
        File.Delete(seedPath);
        await response.ShouldBeAsync(HttpStatusCode.OK, """{"status":"success"}""");
        Assert.Equal(export, await target.CreateAdminClient().ExportTextAsync());
        var reads = new List<(string Key, string Url)>
        {
            (tenant.AdminKey, Routes.Group(tenant.Section, tenant.Group)),
            (tenant.AdminKey, SandboxAdmin.Search(tenant.Org)),
            (DemoData.OrgAdminKey, Routes.Group(DemoData.CategorySection, group["id"]!.GetValue<int>())),
            (DemoData.OrgAdminKey, BusinessApi.Business(shop)),
        };
        foreach (var key in new[] { DemoData.ProviderKey, DemoData.OrgAdminKey, DemoData.GroupManagerKey, DemoData.BusinessManagerKey, DemoData.Org2AdminKey })
        {
            reads.Add((key, SandboxAdmin.Search(DemoData.Org1)));
            reads.Add((key, SandboxAdmin.Search(DemoData.Org2)));
            reads.AddRange(Enumerable.Range(1, 3).Select(g => (key, Routes.Group(DemoData.CountrySection, g))));
            reads.Add((key, Routes.Group(DemoData.Org2CountrySection, DemoData.Spain)));
        }

        foreach (var (key, url) in reads)
        {
            Assert.Equal(await AnswerAsync(sandbox, key, url), await AnswerAsync(target, key, url));
        }
    }

    [Fact]
    public async Task Import_IntoASandboxThatIsNotEmpty_Returns409()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var before = await admin.ExportTextAsync();

        // Act
        var response = await admin.PostJsonAsync(SandboxAdmin.Import, Seed);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Conflict,
            """{"errors":{"json":"The sandbox is not empty: import into an empty sandbox, or add replace=true to clear it first"}}""");
        Assert.Equal(before, await admin.ExportTextAsync());
    }

    [Fact]
    public async Task Import_InvalidDocumentWithReplace_Returns400AndKeepsTheSandbox()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var before = await admin.ExportTextAsync();

        // Act
        var response = await admin.PostJsonAsync($"{SandboxAdmin.Import}?replace=true", """{"organizations": [{"org_id": 1, "name": "Orphan"}]}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest,
            ErrorBodies.Field("seed", "organizations[0]: provider '' is not declared in providers"));
        Assert.Equal(before, await admin.ExportTextAsync());
    }

    [Fact]
    public async Task Import_WithReplace_ClearsTheSandboxAndKeepsTheGivenIds()
    {
        // Arrange
        using var fresh = new SandboxFactory();
        var admin = fresh.CreateAdminClient();

        // Act
        var response = await admin.PostJsonAsync($"{SandboxAdmin.Import}?replace=True", Seed);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, """{"status":"success"}""");
        await (await fresh.CreateClient("admin").GetAsync(Routes.Group(1, 1), TestContext.Current.CancellationToken)).ShouldBeAsync(HttpStatusCode.OK, """
            {"id":1,"name":"France","has_puller":false,"business_ids":["00000000000000000000000a"]}
            """);
        await (await fresh.CreateClient(DemoData.OrgAdminKey).GetAsync(Routes.Group(1, 1), TestContext.Current.CancellationToken))
            .ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Fact]
    public async Task Export_UnknownTenant_Returns404()
    {
        // Act
        var response = await sandbox.CreateAdminClient().GetAsync($"{SandboxAdmin.Export}?tenant=no-such-tenant", TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    private static async Task<string> AnswerAsync(SandboxFactory factory, string key, string url)
    {
        var response = await factory.CreateClient(key).GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync();
        return $"{(int)response.StatusCode} {url} {body?.ToJsonString()}";
    }
}

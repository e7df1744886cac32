using System.Net;
using PartooGroups.Api.Tests.Businesses;
using PartooGroups.Api.Tests.Infrastructure;
using PartooGroups.Api.Tests.Sandbox;

namespace PartooGroups.Api.Tests.Groups;

/// <summary>getGroup answers from memory until a write commits: each test reads a group, writes, and reads it again.</summary>
public sealed class GetGroupAfterWriteTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    /// <summary>Section 1 and group 1 again, as the demo data has them, but another group.</summary>
    private const string ImportedDocument = """
        {
          "providers": [{"id": "imported"}],
          "organizations": [{"org_id": 1, "name": "Imported", "provider": "imported"}],
          "businesses": [{"id": "00000000000000000000000a", "org_id": 1, "name": "Paris"}],
          "sections": [{"id": 1, "org_id": 1, "name": "Country",
                        "groups": [{"id": 1, "name": "Imported", "business_ids": ["00000000000000000000000a"]}]}],
          "users": [{"email": "admin@imported.example", "role": "ORG_ADMIN", "org_id": 1, "api_key": "imported-admin-key"}]
        }
        """;

    [Fact]
    public async Task GetGroup_ReadThenRenamedAndReMembered_ReturnsTheNewNameAndBusinesses()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var name = GroupApi.UniqueName();
        var id = await (await client.PostGroupAsync(DemoData.CountrySection,
            GroupApi.Body(name, $"""["{DemoData.ParisRivoli}","{DemoData.ParisBastille}"]"""))).ShouldBeGroupCreatedAsync();
        await client.ShouldReadGroupAsync(DemoData.CountrySection, id, name, [DemoData.ParisRivoli, DemoData.ParisBastille]);
        var renamed = GroupApi.UniqueName("Renamed");

        // Act
        await (await client.PostJsonAsync(Routes.Group(DemoData.CountrySection, id), GroupApi.Body(renamed, $"""["{DemoData.RomaTermini}"]""")))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Assert
        await client.ShouldReadGroupAsync(DemoData.CountrySection, id, renamed, [DemoData.RomaTermini]);
    }

    [Fact]
    public async Task GetGroup_ReadThenDeleted_Returns404()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var name = GroupApi.UniqueName();
        var id = await client.CreateGroupAsync(DemoData.CountrySection, name);
        await client.ShouldReadGroupAsync(DemoData.CountrySection, id, name, []);

        // Act
        await (await client.DeleteAsync(Routes.Group(DemoData.CountrySection, id), TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Assert
        await (await client.GetAsync(Routes.Group(DemoData.CountrySection, id), TestContext.Current.CancellationToken))
            .ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task GetGroup_ReadThenOneOfItsBusinessesDeleted_LeavesItOut()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var business = await BusinessApi.CreateInOrg1Async(sandbox);
        var name = GroupApi.UniqueName();
        var id = await (await client.PostGroupAsync(DemoData.CountrySection,
            GroupApi.Body(name, $"""["{DemoData.ParisRivoli}","{business}"]"""))).ShouldBeGroupCreatedAsync();
        await client.ShouldReadGroupAsync(
            DemoData.CountrySection, id, name, new[] { DemoData.ParisRivoli, business }.Order(StringComparer.Ordinal));

        // Act
        await (await client.DeleteAsync(BusinessApi.Business(business), TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Assert
        await client.ShouldReadGroupAsync(DemoData.CountrySection, id, name, [DemoData.ParisRivoli]);
    }

    [Fact]
    public async Task GetGroup_ReadThenItsSectionDeleted_Returns404()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var section = (await (await client.PostJsonAsync(Routes.Sections, $$"""{"name":"{{GroupApi.UniqueName("Section")}}"}"""))
            .ShouldHaveStatusAsync(HttpStatusCode.OK))["id"]!.GetValue<int>();
        var name = GroupApi.UniqueName();
        var id = await client.CreateGroupAsync(section, name);
        await client.ShouldReadGroupAsync(section, id, name, []);

        // Act
        await (await client.DeleteAsync(Routes.Section(section), TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Assert
        await (await client.GetAsync(Routes.Group(section, id), TestContext.Current.CancellationToken))
            .ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task GetGroup_ReadByItsOrganization_Returns403ToAnotherOrganization()
    {
        // Arrange
        await sandbox.CreateClient(DemoData.OrgAdminKey).ShouldReadGroupAsync(
            DemoData.CountrySection, DemoData.France, "France", [DemoData.ParisRivoli, DemoData.ParisBastille, DemoData.LyonPartDieu, DemoData.Marseille]);

        // Act
        var response = await sandbox.CreateClient(DemoData.Org2AdminKey)
            .GetAsync(Routes.Group(DemoData.CountrySection, DemoData.France), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task GetGroup_ReadThenTheCallersKeyRevoked_Returns401()
    {
        // Arrange
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var userId = await admin.CreateOrg1UserAsync("PUBLISHER");
        var key = await (await admin.PostJsonAsync(Routes.ApiKeys, $$"""{"user_id":"{{userId}}"}""")).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var client = sandbox.CreateClient(key["api_key"]!.GetValue<string>());
        await (await client.GetAsync(Routes.Group(DemoData.CategorySection, DemoData.Bakery), TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Act
        await (await admin.PostAsync(Routes.RevokeApiKey(key["id"]!.GetValue<int>()), null, TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Assert
        await (await client.GetAsync(Routes.Group(DemoData.CategorySection, DemoData.Bakery), TestContext.Current.CancellationToken))
            .ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Fact]
    public async Task GetGroup_ReadRenamedThenTenantReset_ReturnsTheGroupAsCreated()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var tenant = await admin.CreateTenantAsync();
        var client = sandbox.CreateClient(tenant.AdminKey);
        var businesses = new[] { tenant.Paris, tenant.Lyon }.Order(StringComparer.Ordinal).ToList();
        await (await client.PostJsonAsync(Routes.Group(tenant.Section, tenant.Group), """{"name":"Renamed","business__in":[]}"""))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        await client.ShouldReadGroupAsync(tenant.Section, tenant.Group, "Renamed", []);

        // Act
        await (await admin.PostAsync(SandboxAdmin.ResetTenant(tenant.Name), content: null, TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Assert
        await client.ShouldReadGroupAsync(tenant.Section, tenant.Group, "France", businesses);
    }

    [Fact]
    public async Task GetGroup_ReadThenTenantDeleted_Returns401()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var tenant = await admin.CreateTenantAsync();
        var client = sandbox.CreateClient(tenant.AdminKey);
        await client.ShouldReadGroupAsync(tenant.Section, tenant.Group, "France", new[] { tenant.Paris, tenant.Lyon }.Order(StringComparer.Ordinal));

        // Act
        await (await admin.DeleteAsync(SandboxAdmin.Tenant(tenant.Name), TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Assert
        await (await client.GetAsync(Routes.Group(tenant.Section, tenant.Group), TestContext.Current.CancellationToken))
            .ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Fact]
    public async Task GetGroup_ReadRenamedThenSandboxReset_ReturnsTheStartData()
    {
        // Arrange
        await using var own = new SandboxFactory();
        var client = own.CreateClient(DemoData.OrgAdminKey);
        await (await client.PostJsonAsync(Routes.Group(DemoData.CategorySection, DemoData.Bakery), """{"name":"Renamed"}"""))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        await client.ShouldReadGroupAsync(DemoData.CategorySection, DemoData.Bakery, "Renamed", [DemoData.ParisRivoli, DemoData.ParisBastille, DemoData.RomaTermini]);

        // Act
        await (await own.CreateAdminClient().PostAsync(SandboxAdmin.Reset, content: null, TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Assert
        await client.ShouldReadGroupAsync(DemoData.CategorySection, DemoData.Bakery, "Bakery", [DemoData.ParisRivoli, DemoData.ParisBastille, DemoData.RomaTermini]);
    }

    [Fact]
    public async Task GetGroup_ReadThenImportReplacesTheSandbox_ReturnsTheImportedGroup()
    {
        // Arrange
        await using var own = new SandboxFactory();
        await own.CreateClient(DemoData.OrgAdminKey).ShouldReadGroupAsync(
            DemoData.CountrySection, DemoData.France, "France", [DemoData.ParisRivoli, DemoData.ParisBastille, DemoData.LyonPartDieu, DemoData.Marseille]);

        // Act
        await (await own.CreateAdminClient().PostJsonAsync($"{SandboxAdmin.Import}?replace=true", ImportedDocument))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Assert
        await own.CreateClient("imported-admin-key").ShouldReadGroupAsync(
            DemoData.CountrySection, DemoData.France, "Imported", [SandboxAdmin.LocalParis]);
    }
}

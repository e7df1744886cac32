using System.Net;
using PartooGroups.Api.Tests.Businesses;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sandbox;

public sealed class CreateTenantTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task CreateTenant_SameDocumentTwiceInParallel_GivesTwoTenantsWithDisjointIdsAndKeys()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();

        // Act
        var created = await Task.WhenAll(admin.CreateTenantAsync(), admin.CreateTenantAsync());

        // Assert
        var (a, b) = (created[0], created[1]);
        Assert.NotEqual(a.Name, b.Name);
        Assert.NotEqual(a.Org, b.Org);
        Assert.NotEqual(a.Section, b.Section);
        Assert.NotEqual(a.Group, b.Group);
        Assert.NotEqual(a.Paris, b.Paris);
        Assert.Equal($"{a.Name}-admin", a.AdminKey);
        Assert.Equal($"{b.Name}-admin", b.AdminKey);
    }

    [Fact]
    public async Task CreateTenant_Twice_TenantsCannotReachEachOthersIds()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var created = await Task.WhenAll(admin.CreateTenantAsync(), admin.CreateTenantAsync());
        var (a, b) = (created[0], created[1]);
        var client = sandbox.CreateClient(a.AdminKey);
        var ct = TestContext.Current.CancellationToken;

        // Act
        var group = await client.GetAsync(Routes.Group(b.Section, b.Group), ct);
        var business = await client.GetAsync(BusinessApi.Business(b.Paris), ct);
        var create = await client.PostJsonAsync(Routes.Groups(b.Section), """{"name":"Intruder"}""");
        var search = await client.GetAsync(SandboxAdmin.Search(b.Org), ct);

        // Assert
        await group.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        await business.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        await create.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        await search.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task CreateTenant_ItsKeys_WorkOnTheV2RoutesWithTheGlobalIds()
    {
        // Arrange
        var tenant = await sandbox.CreateAdminClient().CreateTenantAsync();
        var client = sandbox.CreateClient(tenant.AdminKey);
        var ct = TestContext.Current.CancellationToken;

        // Act
        var group = await client.GetAsync(Routes.Group(tenant.Section, tenant.Group), ct);
        var create = await client.PostJsonAsync(Routes.Groups(tenant.Section), $$"""{"name":"Lyon only","business__in":["{{tenant.Lyon}}"]}""");

        // Assert
        var ids = new[] { tenant.Paris, tenant.Lyon }.Order(StringComparer.Ordinal).ToList();
        await group.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":{{tenant.Group}},"name":"France","has_puller":false,"business_ids":["{{ids[0]}}","{{ids[1]}}"]}
            """);
        var createdGroup = await create.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var read = await client.GetAsync(Routes.Group(tenant.Section, createdGroup["id"]!.GetValue<int>()), ct);
        await read.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":{{createdGroup["id"]}},"name":"Lyon only","has_puller":false,"business_ids":["{{tenant.Lyon}}"]}
            """);
    }

    [Fact]
    public async Task CreateTenant_UserWithoutApiKey_GetsAWorkingFreshKey()
    {
        // Arrange
        var tenant = await sandbox.CreateAdminClient().CreateTenantAsync();

        // Act
        var response = await sandbox.CreateClient(tenant.ProviderKey).GetAsync(Routes.Group(tenant.Section, tenant.Group), TestContext.Current.CancellationToken);

        // Assert
        Assert.Matches("^sandbox-[0-9a-f]{32}$", tenant.ProviderKey);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CreateTenant_WithAFreeProviderId_IsNamedByIt()
    {
        // Arrange
        var name = $"acme-{Guid.NewGuid():N}";
        var document = SandboxAdmin.Document.Replace("\"shop\"", $"\"{name}\"", StringComparison.Ordinal);

        // Act
        var tenant = await sandbox.CreateAdminClient().CreateTenantAsync(document);

        // Assert
        Assert.Equal(name, tenant.Name);
        Assert.Equal($"{name}-admin", tenant.AdminKey);
    }

    [Fact]
    public async Task CreateTenant_WithoutProviders_GetsAGeneratedName()
    {
        // Arrange
        var document = """
            {"organizations": [{"org_id": 7, "name": "Solo"}],
             "users": [{"email": "a@solo.example", "role": "ORG_ADMIN", "org_id": 7, "api_key": "k"}]}
            """;

        // Act
        var tenant = await sandbox.CreateAdminClient().CreateTenantAsync(document);

        // Assert
        Assert.Matches("^tenant-[0-9a-f]{8}$", tenant.Name);
        Assert.Equal($"{tenant.Name}-k", tenant.AdminKey);
    }

    [Fact]
    public async Task CreateTenant_InvalidDocument_Returns400NamingTheBadEntriesAndWritesNothing()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var before = await admin.ExportTextAsync();
        var document = """
            {"organizations": [{"org_id": 1, "name": "Broken"}],
             "businesses": [{"id": "00000000000000000000000a", "org_id": 1, "name": "Paris", "status": "gone"}],
             "sections": [{"id": 1, "org_id": 1, "name": "Country",
                           "groups": [{"id": 1, "name": "France", "business_ids": ["00000000000000000000000f"]}]}]}
            """;

        // Act
        var response = await admin.PostJsonAsync(SandboxAdmin.Tenants, document);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("seed",
            "businesses[0]: status must be one of open, closed, opening_soon, temporarily_closed\n"
            + "sections[0].groups[0]: business '00000000000000000000000f' is not a business of organization 1"));
        Assert.Equal(before, await admin.ExportTextAsync());
    }

    [Fact]
    public async Task CreateTenant_WhoseMintedKeyIsTaken_Returns409AndWritesNothing()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var before = await admin.ExportTextAsync();
        var document = """
            {"providers": [{"id": "demo"}],
             "users": [{"email": "p@demo.example", "role": "PROVIDER", "api_key": "provider-key"}]}
            """;

        // Act
        var response = await admin.PostJsonAsync(SandboxAdmin.Tenants, document);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Conflict, $$$"""{"errors":{"json":"The API key '{{{DemoData.ProviderKey}}}' is already in use"}}""");
        Assert.Equal(before, await admin.ExportTextAsync());
    }

    [Fact]
    public async Task CreateTenant_WithSeveralProviders_Returns400()
    {
        // Act
        var response = await sandbox.CreateAdminClient().PostJsonAsync(SandboxAdmin.Tenants, """{"providers": [{"id": "a"}, {"id": "b"}]}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest,
            ErrorBodies.Field("seed", "providers: a tenant document declares at most one provider"));
    }

    [Fact]
    public async Task CreateTenant_WithAnUnknownField_Returns400OnThatField()
    {
        // Act
        var response = await sandbox.CreateAdminClient().PostJsonAsync(SandboxAdmin.Tenants, """{"organisations": []}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("organisations", "Unknown field."));
    }
}

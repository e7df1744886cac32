using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sandbox;

public sealed class DeleteTenantTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task DeleteTenant_Existing_ReturnsSuccessAndItsKeysGet401()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var tenant = await admin.CreateTenantAsync();
        var ct = TestContext.Current.CancellationToken;
        await (await sandbox.CreateClient(tenant.AdminKey).GetAsync(Routes.Group(tenant.Section, tenant.Group), ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Act
        var response = await admin.DeleteAsync(SandboxAdmin.Tenant(tenant.Name), ct);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, """{"status":"success"}""");
        foreach (var key in new[] { tenant.AdminKey, tenant.ProviderKey })
        {
            await (await sandbox.CreateClient(key).GetAsync(Routes.Group(tenant.Section, tenant.Group), ct))
                .ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
        }
    }

    [Fact]
    public async Task DeleteTenant_Existing_RemovesEverythingOfIt()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var tenant = await admin.CreateTenantAsync();
        var ct = TestContext.Current.CancellationToken;

        // Act
        await (await admin.DeleteAsync(SandboxAdmin.Tenant(tenant.Name), ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Assert
        await (await admin.GetAsync($"{SandboxAdmin.Export}?tenant={tenant.Name}", ct)).ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
        await (await sandbox.CreateClient(DemoData.ProviderKey).GetAsync(Routes.Group(tenant.Section, tenant.Group), ct))
            .ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Theory]
    [InlineData("no-such-tenant")]
    [InlineData("partoo-sandbox")]
    public async Task DeleteTenant_NotATenant_Returns404(string tenant)
    {
        // Act
        var response = await sandbox.CreateAdminClient().DeleteAsync(SandboxAdmin.Tenant(tenant), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }
}

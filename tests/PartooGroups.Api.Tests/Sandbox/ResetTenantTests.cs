using System.Net;
using PartooGroups.Api.Tests.Businesses;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sandbox;

public sealed class ResetTenantTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task ResetTenant_AfterChangesThroughV2_RestoresItsDataIdsAndKeys()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var tenant = await admin.CreateTenantAsync();
        var exportUrl = $"{SandboxAdmin.Export}?tenant={tenant.Name}";
        var before = await admin.ExportTextAsync(exportUrl);
        var client = sandbox.CreateClient(tenant.AdminKey);
        var ct = TestContext.Current.CancellationToken;
        var added = await (await client.PostJsonAsync(Routes.Groups(tenant.Section), """{"name":"Added"}""")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await client.DeleteAsync(BusinessApi.Business(tenant.Paris), ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Act
        var response = await admin.PostAsync(SandboxAdmin.ResetTenant(tenant.Name), content: null, ct);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, tenant.Body.ToJsonString());
        Assert.Equal(before, await admin.ExportTextAsync(exportUrl));
        var ids = new[] { tenant.Paris, tenant.Lyon }.Order(StringComparer.Ordinal).ToList();
        await (await client.GetAsync(Routes.Group(tenant.Section, tenant.Group), ct)).ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":{{tenant.Group}},"name":"France","has_puller":false,"business_ids":["{{ids[0]}}","{{ids[1]}}"]}
            """);
        await (await client.GetAsync(Routes.Group(tenant.Section, added["id"]!.GetValue<int>()), ct))
            .ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task ResetTenant_ThenCreateGroup_GetsANewIdNeverUsedBefore()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var tenant = await admin.CreateTenantAsync();
        var client = sandbox.CreateClient(tenant.AdminKey);
        var first = await (await client.PostJsonAsync(Routes.Groups(tenant.Section), """{"name":"Added"}""")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await admin.PostAsync(SandboxAdmin.ResetTenant(tenant.Name), content: null, TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Act
        var second = await (await client.PostJsonAsync(Routes.Groups(tenant.Section), """{"name":"Added"}""")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Assert
        Assert.True(second["id"]!.GetValue<int>() > first["id"]!.GetValue<int>(), $"{second["id"]} should be after {first["id"]}");
    }

    [Fact]
    public async Task ResetTenant_OtherTenant_IsLeftAsItIs()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var reset = await admin.CreateTenantAsync();
        var other = await admin.CreateTenantAsync();
        var otherClient = sandbox.CreateClient(other.AdminKey);
        var added = await (await otherClient.PostJsonAsync(Routes.Groups(other.Section), """{"name":"Kept","business__in":[]}""")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Act
        var response = await admin.PostAsync(SandboxAdmin.ResetTenant(reset.Name), content: null, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await otherClient.GetAsync(Routes.Group(other.Section, added["id"]!.GetValue<int>()), TestContext.Current.CancellationToken))
            .ShouldBeAsync(HttpStatusCode.OK, $$"""{"id":{{added["id"]}},"name":"Kept","has_puller":false,"business_ids":[]}""");
    }

    [Theory]
    [InlineData("no-such-tenant")]
    [InlineData("partoo-sandbox")]
    public async Task ResetTenant_NotATenant_Returns404(string tenant)
    {
        // Act
        var response = await sandbox.CreateAdminClient().PostAsync(SandboxAdmin.ResetTenant(tenant), content: null, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }
}

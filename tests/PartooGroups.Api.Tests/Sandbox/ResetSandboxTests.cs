using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sandbox;

public sealed class ResetSandboxTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public async Task ResetSandbox_AfterChanges_RestoresTheDemoDataAndRemovesTenants()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var ct = TestContext.Current.CancellationToken;
        await (await admin.PostAsync(SandboxAdmin.Reset, content: null, ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var start = await admin.ExportTextAsync();
        var demo = sandbox.CreateClient(DemoData.OrgAdminKey);
        await (await demo.PostJsonAsync(Routes.Groups(DemoData.CountrySection), """{"name":"Germany"}""")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await demo.DeleteAsync(Businesses.BusinessApi.Business(DemoData.ParisRivoli), ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var tenant = await admin.CreateTenantAsync();

        // Act
        var response = await admin.PostAsync(SandboxAdmin.Reset, content: null, ct);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, """{"status":"success"}""");
        Assert.Equal(start, await admin.ExportTextAsync());
        await (await demo.GetAsync(Routes.Group(DemoData.CountrySection, DemoData.France), ct)).ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":1,"name":"France","has_puller":false,
             "business_ids":["{{DemoData.ParisRivoli}}","{{DemoData.ParisBastille}}","{{DemoData.LyonPartDieu}}","{{DemoData.Marseille}}"]}
            """);
        await (await sandbox.CreateClient(tenant.AdminKey).GetAsync(Routes.Group(tenant.Section, tenant.Group), ct))
            .ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Fact]
    public async Task ResetSandbox_ThenCreateGroup_GetsTheIdOfAFreshSandbox()
    {
        // Arrange
        var admin = sandbox.CreateAdminClient();
        var demo = sandbox.CreateClient(DemoData.OrgAdminKey);
        await (await demo.PostJsonAsync(Routes.Groups(DemoData.CountrySection), """{"name":"Spain"}""")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await admin.CreateTenantAsync();
        await (await admin.PostAsync(SandboxAdmin.Reset, content: null, TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Act
        var response = await demo.PostJsonAsync(Routes.Groups(DemoData.CountrySection), """{"name":"Spain"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, """{"status":"success","id":7}""");
    }
}

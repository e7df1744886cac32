using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Sandbox;

public sealed class SandboxAdminAuthTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-admin-key")]
    [InlineData("SANDBOX-ADMIN-KEY")]
    public async Task Export_WithoutTheAdminKey_Returns401(string? adminKey)
    {
        // Arrange
        var client = sandbox.CreateAdminClient(adminKey);

        // Act
        var response = await client.GetAsync(SandboxAdmin.Export, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Fact]
    public async Task CreateTenant_WithAPartooApiKey_Returns401AndCreatesNothing()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.ProviderKey);
        var before = await sandbox.CreateAdminClient().ExportTextAsync();

        // Act
        var response = await client.PostJsonAsync(SandboxAdmin.Tenants, SandboxAdmin.Document);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
        Assert.Equal(before, await sandbox.CreateAdminClient().ExportTextAsync());
    }

    [Fact]
    public async Task UnknownSandboxRoute_WithoutTheAdminKey_Returns401()
    {
        // Act
        var response = await sandbox.CreateAdminClient(adminKey: null).GetAsync("/_sandbox/nothing-here", TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Fact]
    public async Task GetGroup_WithTheAdminKeyInItsHeader_Returns401()
    {
        // Arrange
        var client = sandbox.CreateAdminClient();

        // Act
        var response = await client.GetAsync(Routes.Group(DemoData.CountrySection, DemoData.France), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Fact]
    public async Task GetGroup_WithTheAdminKeyAsApiKey_Returns401()
    {
        // Arrange
        var client = sandbox.CreateClient(SandboxAdmin.Key);

        // Act
        var response = await client.GetAsync(Routes.Group(DemoData.CountrySection, DemoData.France), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }
}

using System.Net;
using System.Text;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Wire;

/// <summary>With a valid key: an unknown /v2 route is 404, a method the route does not have is 405, both with the vendor's JSON.</summary>
public sealed class RoutingTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Theory]
    [InlineData("GET", "/v2/does-not-exist")]
    [InlineData("POST", "/v2/does-not-exist")]
    [InlineData("GET", "/v2/sections/1/groups/1/does-not-exist")]
    [InlineData("GET", "/v2/org/does/not/exist")]
    public async Task Request_WithValidKeyToUnknownRoute_Returns404(string method, string path)
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.ProviderKey);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        // Act
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Theory]
    [InlineData("DELETE", "/v2/org")]
    [InlineData("PUT", "/v2/org")]
    [InlineData("PATCH", "/v2/org")]
    [InlineData("PUT", "/v2/sections/1/groups")]
    [InlineData("DELETE", "/v2/sections/1/groups")]
    [InlineData("PUT", "/v2/sections/1/groups/1")]
    [InlineData("PATCH", "/v2/sections/1/groups/1")]
    public async Task Request_WithValidKeyAndMethodTheRouteDoesNotHave_Returns405(string method, string path)
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.ProviderKey);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        // Act
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.MethodNotAllowed, ErrorBodies.MethodNotAllowed);
    }

    [Fact]
    public async Task Write_WithMethodTheRouteDoesNotHave_Returns405AndChangesNothing()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await client.PutAsync(
            Routes.Group(DemoData.CountrySection, DemoData.France),
            new StringContent("""{"name":"Renamed","business__in":[]}""", Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.MethodNotAllowed, ErrorBodies.MethodNotAllowed);
        await client.ShouldReadGroupAsync(
            DemoData.CountrySection, DemoData.France, "France",
            [DemoData.ParisRivoli, DemoData.ParisBastille, DemoData.LyonPartDieu, DemoData.Marseille]);
    }
}

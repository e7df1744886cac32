using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Diagnostics;

/// <summary>Every /_sandbox route wants the admin key in <c>x-Sandbox-Admin-Key</c>; an API key is not enough.</summary>
public sealed class AdminKeyTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    public static TheoryData<string, string> AdminRoutes => new()
    {
        { "GET", SandboxAdmin.Journal },
        { "DELETE", SandboxAdmin.Journal },
        { "GET", SandboxAdmin.Faults },
        { "POST", SandboxAdmin.Faults },
        { "DELETE", SandboxAdmin.Faults },
        { "DELETE", SandboxAdmin.Fault(1) },
    };

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task AdminRoute_WithoutAdminKey_Returns401(string method, string path)
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.ProviderKey);

        // Act
        var response = await client.SendAsync(Request(method, path), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task AdminRoute_WithWrongAdminKey_Returns401(string method, string path)
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey: null);
        client.DefaultRequestHeaders.Add(SandboxAdmin.AdminKeyHeader, SandboxAdmin.AdminKey + "x");

        // Act
        var response = await client.SendAsync(Request(method, path), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "POST"
            ? new StringContent("""{"operation_id":"getGroup","kind":"500"}""", System.Text.Encoding.UTF8, "application/json")
            : null,
    };
}

using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Isolation;

/// <summary>
/// No read or write crosses an organization or a provider: every role of two organizations and both PROVIDERs, against
/// every /v2 route aimed at every organization outside their scope (<see cref="ForeignAttempts"/>), and every list route
/// unfiltered (<see cref="OwnListings"/>). One sandbox serves the class: each row checks the database is unchanged.
/// </summary>
public sealed class IsolationMatrixTests(IsolationSandbox sandbox) : IClassFixture<IsolationSandbox>
{
    public static TheoryData<string, string, string> ForeignRows
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var (caller, operation, target, _) in ForeignAttempts.All())
            {
                data.Add(caller, operation, target);
            }

            return data;
        }
    }

    public static TheoryData<string, string> ListingRows
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var caller in ForeignAttempts.Callers)
            {
                foreach (var operation in OwnListings.Operations)
                {
                    data.Add(caller.Name, operation);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ForeignRows))]
    public async Task Request_AimedOutsideTheCallersScope_IsRefusedAndChangesNothing(string caller, string operation, string target)
    {
        // Arrange
        var attempt = ForeignAttempts.Find(caller, operation, target);
        var client = Client(caller);
        var before = await SandboxDatabase.DumpAsync(sandbox.DatabasePath);
        using var request = new HttpRequestMessage(attempt.Method, attempt.Path);
        if (attempt.Body is { } body)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        // Act
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(attempt.Status, attempt.ExpectedJson);
        Assert.Equal(before, await SandboxDatabase.DumpAsync(sandbox.DatabasePath));
    }

    [Theory]
    [MemberData(nameof(ListingRows))]
    public async Task List_WithoutFilter_ShowsExactlyTheCallersOwnItems(string caller, string operation)
    {
        // Arrange
        var listing = OwnListings.For(IsolationSeed.Caller(caller), operation);

        // Act
        var response = await Client(caller).GetAsync(listing.Path, TestContext.Current.CancellationToken);

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal(listing.Expected.Order(StringComparer.Ordinal), listing.Items(body).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Matrix_CoversEveryV2Route()
    {
        // Arrange
        var routes = sandbox.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/v2/", StringComparison.Ordinal) == true)
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? $"{e.RoutePattern.RawText} (unnamed)")
            .ToHashSet(StringComparer.Ordinal);

        // Act
        var covered = ForeignAttempts.All().Select(row => row.Operation).Concat(OwnListings.Operations).ToHashSet(StringComparer.Ordinal);

        // Assert
        Assert.Empty(routes.Except(covered).Order(StringComparer.Ordinal));
        Assert.Empty(covered.Except(routes).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Matrix_CallsWithEveryRoleOfBothProviders()
    {
        // Act
        var callers = ForeignAttempts.Callers.Select(c => $"{c.Role}@{c.Provider}").ToHashSet(StringComparer.Ordinal);

        // Assert
        var expected = IsolationSeed.Callers.Where(c => c.IsProvider).Select(c => c.Provider)
            .SelectMany(provider => IsolationSeed.OrgRoles.Append("PROVIDER").Select(role => $"{role}@{provider}"));
        Assert.Equal(expected.Order(StringComparer.Ordinal), callers.Order(StringComparer.Ordinal));
    }

    private HttpClient Client(string caller) => sandbox.CreateClient(IsolationSeed.Caller(caller).Key);
}

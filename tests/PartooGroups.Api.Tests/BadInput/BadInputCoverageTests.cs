using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using PartooGroups.Api.OpenApi;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.BadInput;

/// <summary>The matrix follows the served route table: a new /v2 route, query parameter or body field fails here until it has rows.</summary>
public sealed class BadInputCoverageTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public void Matrix_Always_HasEveryServedV2Route()
    {
        // Arrange
        var served = ServedRoutes().Select(r => r.Key).Order(StringComparer.Ordinal);

        // Act
        var matrix = BadInputRoutes.All.Select(r => r.Key).Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(served, matrix);
    }

    [Fact]
    public void Matrix_Always_HasTheQueryParametersEachRouteDeclares()
    {
        // Arrange
        var served = Lines(ServedRoutes().Select(r => (r.Key, Describe(
            r.Endpoint.Metadata.GetOrderedMetadata<QueryParametersMetadata>().SelectMany(m => m.Parameters)
                .Select(p => (p.Name, p.IsList))))));

        // Act
        var matrix = Lines(BadInputRoutes.All.Select(r => (r.Key, Describe(
            r.ScalarParameters.Select(p => (p, false)).Concat(r.ListParameters.Select(p => (p, true)))))));

        // Assert
        Assert.Equal(served, matrix);
    }

    [Fact]
    public void Matrix_Always_HasEveryFieldOfEachRequestBody()
    {
        // Arrange
        var served = ServedRoutes()
            .Where(r => r.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is not null)
            .ToDictionary(r => r.Key, r => string.Join(", ", JsonFields(r.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()!.RequestType!)));

        // Act
        var matrix = BadInputRoutes.All.Where(r => served.ContainsKey(r.Key))
            .Select(r => (r.Key, string.Join(", ", r.BodyFields.Select(f => f.Name).Order(StringComparer.Ordinal))));

        // Assert
        Assert.Equal(Lines(served.Select(kv => (kv.Key, kv.Value))), Lines(matrix));
    }

    [Fact]
    public void Matrix_Always_HasBodyRowsForEveryRouteWithABody()
    {
        // Arrange
        var withBody = ServedRoutes().Where(r => r.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is not null).Select(r => r.Key);

        // Act
        var withoutValidBody = withBody.Where(key => BadInputRoutes.All.Single(r => r.Key == key).Body is null).ToList();

        // Assert
        Assert.Empty(withoutValidBody);
    }

    private IEnumerable<(string Key, RouteEndpoint Endpoint)> ServedRoutes() =>
        from endpoint in sandbox.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        let pattern = Pattern(endpoint.RoutePattern)
        where pattern.StartsWith("/v2/", StringComparison.Ordinal) || pattern == "/v2"
        from method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]
        select ($"{method} {pattern}", endpoint);

    /// <summary>The pattern with its parameters' names only: <c>/v2/sections/{section_id}</c>.</summary>
    private static string Pattern(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "?",
        }))));

    private static List<string> Lines(IEnumerable<(string Key, string Value)> entries) =>
        [.. entries.Select(e => $"{e.Key}: {e.Value}").Order(StringComparer.Ordinal)];

    private static string Describe(IEnumerable<(string Name, bool IsList)> parameters) =>
        string.Join(", ", parameters.Select(p => p.IsList ? p.Name + "[]" : p.Name).Order(StringComparer.Ordinal));

    private static IEnumerable<string> JsonFields(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.GetIndexParameters().Length == 0 && p.CanWrite)
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name))
            .Order(StringComparer.Ordinal);
}

using PartooGroups.Api.Auth;

namespace PartooGroups.Api.Diagnostics;

/// <summary>The operationIds of the <c>/v2</c> routes, the only ones a fault rule may name.</summary>
public sealed class ApiOperationIds(EndpointDataSource endpoints)
{
    private readonly Lazy<HashSet<string>> _names = new(() =>
        endpoints.Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(AuthExtensions.ApiPrefix + "/", StringComparison.Ordinal) == true)
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal));

    public bool Contains(string operationId) => _names.Value.Contains(operationId);
}

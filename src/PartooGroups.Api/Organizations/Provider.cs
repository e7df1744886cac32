namespace PartooGroups.Api.Organizations;

/// <summary>A reseller that owns organizations. In the sandbox a provider is also the unit of tenancy.</summary>
public sealed class Provider
{
    public required string Id { get; init; }

    public List<Organization> Organizations { get; } = [];
}

namespace PartooGroups.Api.Sandbox;

/// <summary>
/// A provider created through the sandbox admin API, with what it takes to put it back as it was created: its seed
/// document with the global ids and keys it got, and the answer that creation gave.
/// </summary>
public sealed class Tenant
{
    /// <summary>The id of the tenant's provider.</summary>
    public required string Id { get; init; }

    /// <summary>The seed document with global ids and keys, as JSON.</summary>
    public required string Seed { get; init; }

    /// <summary>The creation answer (local to global ids, users and keys), as JSON.</summary>
    public required string Created { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

namespace PartooGroups.Api.Sandbox;

/// <summary>
/// The answer to createTenant (and to resetTenant, which gives back the same): the tenant's provider id, the global ids
/// its document's local ids became, and every user with its API key.
/// </summary>
public sealed record TenantCreatedResponse(
    string Tenant,
    IReadOnlyDictionary<string, int> Organizations,
    IReadOnlyDictionary<string, int> Sections,
    IReadOnlyDictionary<string, int> Groups,
    IReadOnlyDictionary<string, string> Businesses,
    IReadOnlyList<TenantUserResponse> Users);

public sealed record TenantUserResponse(string Id, string Email, string Role, string ApiKey);

public sealed record SandboxStatusResponse(string Status)
{
    public static SandboxStatusResponse Success() => new("success");
}

namespace PartooGroups.Api.Users;

public sealed class User
{
    public required string Id { get; init; }

    public required string ProviderId { get; set; }

    /// <summary>Null only for a PROVIDER user.</summary>
    public int? OrgId { get; set; }

    public required string Email { get; set; }

    /// <summary>Case-folded <see cref="Email"/>; unique per provider.</summary>
    public required string EmailKey { get; set; }

    public required string Role { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Phone { get; set; }

    public string Lang { get; set; } = "en";

    /// <summary><c>active</c> or <c>invited</c>.</summary>
    public string Status { get; set; } = "active";

    public bool Disabled { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public List<UserAccess> Accesses { get; } = [];

    public List<UserBusiness> Businesses { get; } = [];

    public List<ApiKey> ApiKeys { get; } = [];
}

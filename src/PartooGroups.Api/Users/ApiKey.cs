namespace PartooGroups.Api.Users;

public sealed class ApiKey
{
    public int Id { get; set; }

    public required string UserId { get; init; }

    public required string Key { get; init; }

    public string? Label { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }
}

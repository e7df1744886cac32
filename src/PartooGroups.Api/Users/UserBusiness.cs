namespace PartooGroups.Api.Users;

/// <summary>A business a BUSINESS_MANAGER is assigned to.</summary>
public sealed class UserBusiness
{
    public required string UserId { get; init; }

    public required string BusinessId { get; init; }
}

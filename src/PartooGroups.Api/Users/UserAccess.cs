namespace PartooGroups.Api.Users;

/// <summary>One access of a GROUP_MANAGER: a set of groups (OR inside a section, AND across sections).</summary>
public sealed class UserAccess
{
    public int Id { get; set; }

    public required string UserId { get; init; }

    /// <summary>Position of the access in the user's <c>accesses</c> list.</summary>
    public int Position { get; init; }

    public List<UserAccessGroup> Groups { get; } = [];
}

public sealed class UserAccessGroup
{
    public int AccessId { get; init; }

    public int GroupId { get; init; }
}

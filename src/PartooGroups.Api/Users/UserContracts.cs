using System.Text.Json.Serialization;
using PartooGroups.Api.Http;

namespace PartooGroups.Api.Users;

/// <summary>The fields createUser and updateUser have in common.</summary>
public interface IUserFields
{
    string? Role { get; }

    int? OrgId { get; }

    List<List<int>?>? Accesses { get; }

    List<string?>? BusinessIds { get; }

    string? Lang { get; }

    string? Phone { get; }

    string? Status { get; }

    List<string?>? SidebarPages { get; }
}

/// <summary>
/// Body of createUser. <c>org_id</c> defaults to the caller's organization and may be sent as a numeric string.
/// <c>send_invitation</c>, <c>password</c>, <c>custom_role</c>, <c>sso_only</c> and <c>sidebar_pages</c> are the vendor's
/// fields for invitations, log-in and the web app: accepted so real clients work, with no effect in the sandbox.
/// </summary>
public sealed record CreateUserRequest(
    string? Email,
    string? FirstName,
    string? LastName,
    string? Role,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] int? OrgId,
    List<List<int>?>? Accesses,
    List<string?>? BusinessIds,
    string? Lang,
    string? Phone,
    string? Status,
    [property: JsonConverter(typeof(LenientBooleanConverter))] bool? SendInvitation,
    string? Password,
    string? CustomRole,
    bool? SsoOnly,
    List<string?>? SidebarPages) : IUserFields;

/// <summary>Body of updateUser: patch behaviour, a field omitted or null is left as it is.</summary>
public sealed record UpdateUserRequest(
    string? Email,
    string? FirstName,
    string? LastName,
    string? Role,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] int? OrgId,
    List<List<int>?>? Accesses,
    List<string?>? BusinessIds,
    string? Lang,
    string? Phone,
    string? Status,
    [property: JsonConverter(typeof(LenientBooleanConverter))] bool? SendInvitation,
    string? Password,
    string? CustomRole,
    bool? SsoOnly,
    List<string?>? SidebarPages,
    bool? Disabled) : IUserFields
{
    /// <summary>Fields a user may not change on its own account unless its role could also grant them.</summary>
    public bool ChangesRights =>
        Role is not null || OrgId is not null || Accesses is not null || BusinessIds is not null || Status is not null || Disabled is not null;
}

public sealed record UserWrittenResponse(string Id, string Status)
{
    public static UserWrittenResponse Success(string id) => new(id, "success");
}

public sealed record UserDeletedResponse(string Status)
{
    public static UserDeletedResponse Success { get; } = new("success");
}

/// <summary>The vendor's User object. <c>business_ids</c> is filled for BUSINESS_MANAGER, <c>accesses</c> for GROUP_MANAGER.</summary>
public sealed record UserResponse(
    string Id,
    int? OrgId,
    string? FirstName,
    string? LastName,
    string Email,
    string Lang,
    string? Phone,
    string Role,
    string Provider,
    string Status,
    bool Disabled,
    IReadOnlyList<string> BusinessIds,
    IReadOnlyList<IReadOnlyList<int>> Accesses,
    long CreatedAt)
{
    public static UserResponse From(User user, UserAssignments assignments)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(assignments);
        return new(
            user.Id,
            user.OrgId,
            user.FirstName,
            user.LastName,
            user.Email,
            user.Lang,
            user.Phone,
            user.Role,
            user.ProviderId,
            user.Status,
            user.Disabled,
            user.Role == Roles.BusinessManager ? assignments.BusinessIdsOf(user.Id) : [],
            user.Role == Roles.GroupManager ? assignments.AccessesOf(user.Id) : [],
            user.CreatedAt.ToUnixTimeSeconds());
    }
}

public sealed record UserSearchResponse(int Page, int MaxPage, int Count, IReadOnlyList<UserResponse> Users);

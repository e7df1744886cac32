namespace PartooGroups.Api.Users;

/// <summary>Body of createApiKey: a key for the caller, or for <c>user_id</c> when the caller may write that user.</summary>
public sealed record CreateApiKeyRequest(string? Label, string? UserId);

/// <summary>The vendor's ApiKey object, without its secret.</summary>
public sealed record ApiKeyResponse(
    int Id,
    string? Label,
    string UserId,
    string? UserName,
    string UserRole,
    string UserType,
    bool Disabled,
    long CreatedAt,
    long? RevokedAt)
{
    public const string HumanUser = "user";

    public static ApiKeyResponse From(ApiKey key, User user)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(user);
        var name = $"{user.FirstName} {user.LastName}".Trim();
        return new(
            key.Id,
            key.Label,
            user.Id,
            name.Length == 0 ? null : name,
            user.Role,
            HumanUser,
            key.RevokedAt is not null,
            key.CreatedAt.ToUnixTimeSeconds(),
            key.RevokedAt?.ToUnixTimeSeconds());
    }
}

/// <summary>createApiKey's answer: the ApiKey object and, only here, the secret to send as <c>x-APIKey</c>.</summary>
public sealed record ApiKeyCreatedResponse(
    int Id,
    string? Label,
    string UserId,
    string? UserName,
    string UserRole,
    string UserType,
    bool Disabled,
    long CreatedAt,
    long? RevokedAt,
    string ApiKey)
{
    public static ApiKeyCreatedResponse From(ApiKey key, User user)
    {
        ArgumentNullException.ThrowIfNull(key);
        var shown = ApiKeyResponse.From(key, user);
        return new(
            shown.Id,
            shown.Label,
            shown.UserId,
            shown.UserName,
            shown.UserRole,
            shown.UserType,
            shown.Disabled,
            shown.CreatedAt,
            shown.RevokedAt,
            key.Key);
    }
}

public sealed record ApiKeyListResponse(int Page, int MaxPage, int Count, IReadOnlyList<ApiKeyResponse> ApiKeys);

public sealed record ApiKeyRevokedResponse(int Id, string Status)
{
    public static ApiKeyRevokedResponse Success(int id) => new(id, "success");
}

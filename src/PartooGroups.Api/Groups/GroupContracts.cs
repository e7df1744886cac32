using System.Text.Json.Serialization;

namespace PartooGroups.Api.Groups;

/// <summary>Body of createGroup. <c>business__in</c> omitted or null: every business the caller can see.</summary>
public sealed record CreateGroupRequest(
    string? Name,
    [property: JsonPropertyName("business__in")] List<string?>? BusinessIn);

public sealed record GroupCreatedResponse(string Status, int Id)
{
    public static GroupCreatedResponse Success(int id) => new("success", id);
}

/// <summary>
/// Body of updateGroup: at least one field. <c>business__in</c> replaces the group's businesses; null is the same as omitted.
/// </summary>
public sealed record UpdateGroupRequest(
    string? Name,
    [property: JsonPropertyName("business__in")] List<string?>? BusinessIn);

public sealed record GroupUpdatedResponse(string Status, int Id)
{
    public static GroupUpdatedResponse Success(int id) => new("success", id);
}

public sealed record GroupDeletedResponse(string Status)
{
    public static GroupDeletedResponse Success { get; } = new("success");
}

public sealed record GroupResponse(int Id, string Name, bool HasPuller, IReadOnlyList<string> BusinessIds);

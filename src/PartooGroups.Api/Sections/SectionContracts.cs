using System.Text.Json.Serialization;
using PartooGroups.Api.Auth;

namespace PartooGroups.Api.Sections;

/// <summary>Body of createGroupSection. <c>org_id</c> (an integer or a numeric string) is required from a PROVIDER only.</summary>
public sealed record CreateSectionRequest(
    string? Name,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] int? OrgId);

/// <summary>Body of updateGroupSection: the new name.</summary>
public sealed record UpdateSectionRequest(string? Name);

/// <summary>Answer of createGroupSection and updateGroupSection.</summary>
public sealed record SectionChangedResponse(string Status, int Id)
{
    public static SectionChangedResponse Success(int id) => new("success", id);
}

/// <summary>Answer of deleteGroupSection.</summary>
public sealed record SectionDeletedResponse(string Status)
{
    public static SectionDeletedResponse Success { get; } = new("success");
}

public sealed record SectionGroupResponse(int Id, string Name, bool HasPuller);

/// <summary>The vendor's Section object, the same in getGroupSections and getGroupSectionById.</summary>
public sealed record SectionResponse(int Id, string Name, IReadOnlyList<SectionGroupResponse> Groups, bool CanEdit, bool HasPuller)
{
    public static SectionResponse From(SectionState section, Editor editor)
    {
        ArgumentNullException.ThrowIfNull(section);
        return new(
            section.Id,
            section.Name,
            section.Groups.Select(g => new SectionGroupResponse(g.Id, g.Name, g.HasPuller)).ToList(),
            EditRights.CanEdit(editor, section),
            section.HasPuller);
    }
}

public sealed record SectionPageResponse(int Page, int MaxPage, int Count, IReadOnlyList<SectionResponse> Sections);

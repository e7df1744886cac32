using PartooGroups.Api.Sections;
using PartooGroups.Api.Users;

namespace PartooGroups.Api.Auth;

/// <summary>
/// A caller acting on one organization already in its scope: its role and the businesses it can see there
/// (for a GROUP_MANAGER, the businesses of its accesses).
/// </summary>
public sealed record Editor(string Role, IReadOnlySet<string> VisibleBusinessIds);

/// <summary>
/// Who may rename, re-member and delete sections and groups, in one place. BUSINESS_MANAGER and PUBLISHER never write.
/// Nothing a puller owns is ever changed: a puller section, a puller group, or any group of a puller section.
/// PROVIDER, ORG_ADMIN and ORG_MANAGER edit everything else. A GROUP_MANAGER edits a group whose every business
/// is in its scope (an empty group qualifies), and a section whose every group it may edit (an empty section qualifies).
/// </summary>
public static class EditRights
{
    public static bool MayWrite(string role) =>
        role is Roles.Provider or Roles.OrgAdmin or Roles.OrgManager or Roles.GroupManager;

    /// <summary>Rename, re-member or delete <paramref name="group"/> of <paramref name="section"/>.</summary>
    public static bool MayEditGroup(Editor editor, SectionState section, GroupState group)
    {
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(group);
        return MayWrite(editor.Role)
            && !section.HasPuller
            && !group.HasPuller
            && (editor.Role != Roles.GroupManager || group.BusinessIds.All(editor.VisibleBusinessIds.Contains));
    }

    /// <summary>Rename <paramref name="section"/>.</summary>
    public static bool MayEditSection(Editor editor, SectionState section)
    {
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentNullException.ThrowIfNull(section);
        return MayWrite(editor.Role)
            && !section.HasPuller
            && (editor.Role != Roles.GroupManager || section.Groups.All(g => MayEditGroup(editor, section, g)));
    }

    /// <summary>Delete <paramref name="section"/>, and with it every group of it: none may be owned by a puller.</summary>
    public static bool MayDeleteSection(Editor editor, SectionState section) =>
        MayEditSection(editor, section) && section.Groups.All(g => !g.HasPuller);

    /// <summary>The section's <c>can_edit</c>: the caller may edit or delete the section, or one of its groups.</summary>
    public static bool CanEdit(Editor editor, SectionState section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return MayEditSection(editor, section) || section.Groups.Any(g => MayEditGroup(editor, section, g));
    }

    /// <summary>The ids among <paramref name="requested"/> the caller may not put in a group (outside what it can see).</summary>
    public static IReadOnlyList<string> NotAssignable(Editor editor, IEnumerable<string> requested)
    {
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentNullException.ThrowIfNull(requested);
        return requested.Where(id => !editor.VisibleBusinessIds.Contains(id)).ToList();
    }
}

using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Sections;

/// <summary>A section (and a group of it) the caller may read, with the caller as the edit rule sees it; or the 404/403 to answer.</summary>
public sealed record SectionAccess(SectionState? Section, GroupState? Group, Editor? Editor, PartooError? Error)
{
    [MemberNotNullWhen(false, nameof(Section), nameof(Editor))]
    [MemberNotNullWhen(true, nameof(Error))]
    public bool Failed => Error is not null;

    /// <summary>
    /// 404 when the section is unknown or, with <paramref name="groupId"/>, the group is not one of its groups;
    /// then 403 when the section's organization is outside the caller's scope.
    /// </summary>
    public static async Task<SectionAccess> FindAsync(
        PartooDbContext db,
        CallerScope scope,
        CurrentUser user,
        int sectionId,
        int? groupId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var section = await SectionState.FindAsync(db, sectionId, cancellationToken);
        var group = groupId is { } id ? section?.Group(id) : null;
        if (section is null || (groupId is not null && group is null))
        {
            return new(null, null, null, PartooError.NotFound());
        }

        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == section.OrgId, cancellationToken);
        if (!CallerScope.CanSee(user, organization))
        {
            return new(null, null, null, PartooError.Forbidden());
        }

        return new(section, group, await scope.EditorAsync(user, section.OrgId, cancellationToken), null);
    }
}

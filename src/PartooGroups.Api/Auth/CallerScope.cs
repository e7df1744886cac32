using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Organizations;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Sections;
using PartooGroups.Api.Users;

namespace PartooGroups.Api.Auth;

/// <summary>What the caller may see: organizations by role, businesses by role, accesses and assignments.</summary>
public sealed class CallerScope(PartooDbContext db)
{
    public static bool CanSee(CurrentUser user, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return CanSee(user, organization.Id, organization.ProviderId);
    }

    /// <summary>A PROVIDER sees every organization of its provider; any other role only its own organization.</summary>
    public static bool CanSee(CurrentUser user, int orgId, string providerId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsProvider ? providerId == user.ProviderId : orgId == user.OrgId;
    }

    /// <summary>
    /// The organization a create writes into: the body's <c>org_id</c>, else the caller's own (400 when neither, as for
    /// a PROVIDER without <c>org_id</c>; 404 when unknown; 403 outside the caller's scope).
    /// </summary>
    public async Task<(Organization? Organization, PartooError? Error)> TargetOrganizationAsync(
        CurrentUser user, int? bodyOrgId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if ((bodyOrgId ?? user.OrgId) is not { } orgId)
        {
            return (null, PartooError.Validation("org_id", NameRules.Missing));
        }

        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId, cancellationToken);
        if (organization is null)
        {
            return (null, PartooError.NotFound());
        }

        return CanSee(user, organization) ? (organization, null) : (null, PartooError.Forbidden());
    }

    /// <summary>
    /// The organizations a list route covers: the one <c>org_id</c> names (404 when unknown, 403 outside the caller's
    /// scope), or else every organization the caller sees.
    /// </summary>
    public async Task<(List<int> OrgIds, PartooError? Error)> ListedOrganizationsAsync(
        CurrentUser user, int? orgId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (orgId is { } id)
        {
            var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (organization is null)
            {
                return ([], PartooError.NotFound());
            }

            return CanSee(user, organization) ? ([id], null) : ([], PartooError.Forbidden());
        }

        return (user.IsProvider
            ? await db.Organizations.Where(o => o.ProviderId == user.ProviderId).Select(o => o.Id).ToListAsync(cancellationToken)
            : [user.OrgId!.Value], null);
    }

    /// <summary>The businesses of <paramref name="orgId"/> the caller can see (the organization is already in its scope).</summary>
    public async Task<HashSet<string>> VisibleBusinessIdsAsync(CurrentUser user, int orgId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var ids = user.Role switch
        {
            Roles.BusinessManager => await (
                    from assigned in db.UserBusinesses
                    join business in db.Businesses on assigned.BusinessId equals business.Id
                    where assigned.UserId == user.Id && business.OrgId == orgId
                    select business.Id)
                .ToListAsync(cancellationToken),
            Roles.GroupManager => [.. await GroupManagerScopeAsync(user.Id, orgId, cancellationToken)],
            _ => await db.Businesses.Where(b => b.OrgId == orgId).Select(b => b.Id).ToListAsync(cancellationToken),
        };
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The caller as <see cref="EditRights"/> sees it in <paramref name="orgId"/> (the organization is already in its scope).</summary>
    public async Task<Editor> EditorAsync(CurrentUser user, int orgId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new Editor(user.Role, await VisibleBusinessIdsAsync(user, orgId, cancellationToken));
    }

    /// <summary>The ids among <paramref name="ids"/> that are not businesses of the organization the caller can see.</summary>
    public async Task<IReadOnlyList<string>> NotVisibleAsync(
        CurrentUser user,
        int orgId,
        IReadOnlyCollection<string> ids,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (ids.Count == 0)
        {
            return [];
        }

        var visible = user.HasWholeOrganizationScope
            ? (await db.Businesses.Where(b => b.OrgId == orgId && ids.Contains(b.Id)).Select(b => b.Id).ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal)
            : await VisibleBusinessIdsAsync(user, orgId, cancellationToken);
        return ids.Where(id => !visible.Contains(id)).ToList();
    }

    private async Task<HashSet<string>> GroupManagerScopeAsync(string userId, int orgId, CancellationToken cancellationToken)
    {
        var accessGroups = await (
                from access in db.UserAccesses
                join accessGroup in db.UserAccessGroups on access.Id equals accessGroup.AccessId
                join grp in db.Groups on accessGroup.GroupId equals grp.Id
                where access.UserId == userId
                select new { access.Id, accessGroup.GroupId, grp.SectionId })
            .ToListAsync(cancellationToken);
        if (accessGroups.Count == 0)
        {
            return [];
        }

        var groupIds = accessGroups.Select(a => a.GroupId).Distinct().ToList();
        var members = (await (
                from membership in db.GroupBusinesses
                join business in db.Businesses on membership.BusinessKey equals business.Key
                where groupIds.Contains(membership.GroupId) && business.OrgId == orgId
                select new { membership.GroupId, BusinessId = business.Id })
            .ToListAsync(cancellationToken))
            .ToLookup(m => m.GroupId, m => m.BusinessId);

        var accesses = accessGroups
            .GroupBy(a => a.Id)
            .Select(access => (IReadOnlyCollection<AccessGroup>)access.Select(a => new AccessGroup(a.GroupId, a.SectionId)).ToList());
        return AccessScope.Evaluate(accesses, groupId => members[groupId]);
    }
}

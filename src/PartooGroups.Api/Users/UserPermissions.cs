using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Users;

/// <summary>
/// The role ladder for users, in one place. A caller writes (updates, deletes, mints keys for) the users whose role it
/// may grant, inside its scope: PROVIDER every non-PROVIDER user of its provider; ORG_ADMIN every user of its organization;
/// ORG_MANAGER the GROUP_MANAGER, BUSINESS_MANAGER and PUBLISHER users of its organization; GROUP_MANAGER the
/// BUSINESS_MANAGER users of its organization whose businesses all lie in its scope. It reads those and itself, and
/// PROVIDER, ORG_ADMIN and ORG_MANAGER read every user of their scope.
/// </summary>
public sealed class UserPermissions(PartooDbContext db, CallerScope scope, CurrentUser caller)
{
    /// <summary>Roles createUser and updateUser accept; PROVIDER is never assignable.</summary>
    public static readonly IReadOnlyList<string> Assignable =
        [Roles.OrgAdmin, Roles.OrgManager, Roles.GroupManager, Roles.BusinessManager, Roles.Publisher];

    private HashSet<string>? _groupManagerScope;

    public static IReadOnlyList<string> GrantableBy(string role) => role switch
    {
        Roles.Provider or Roles.OrgAdmin => Assignable,
        Roles.OrgManager => [Roles.GroupManager, Roles.BusinessManager, Roles.Publisher],
        Roles.GroupManager => [Roles.BusinessManager],
        _ => [],
    };

    public bool MayCreateUsers => GrantableBy(caller.Role).Count > 0;

    public bool MayGrant(string role) => GrantableBy(caller.Role).Contains(role);

    public async Task<bool> CanReadAsync(User target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Id == caller.Id || caller.Role switch
        {
            Roles.Provider => target.ProviderId == caller.ProviderId,
            Roles.OrgAdmin or Roles.OrgManager => target.OrgId == caller.OrgId,
            Roles.GroupManager => await ManagesAsync(target, cancellationToken),
            _ => false,
        };
    }

    public async Task<bool> CanWriteAsync(User target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var inScope = caller.IsProvider ? target.ProviderId == caller.ProviderId : target.OrgId == caller.OrgId;
        return inScope
            && MayGrant(target.Role)
            && (caller.Role != Roles.GroupManager || await ManagesAsync(target, cancellationToken));
    }

    /// <summary>The users among <paramref name="candidates"/> (already limited to the caller's provider or organization) it may read.</summary>
    public async Task<List<User>> ReadableAsync(IReadOnlyList<User> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        switch (caller.Role)
        {
            case Roles.Provider or Roles.OrgAdmin or Roles.OrgManager:
                return [.. candidates];
            case Roles.GroupManager:
                var managerIds = candidates.Where(u => u.Role == Roles.BusinessManager).Select(u => u.Id).ToList();
                var assigned = (await db.UserBusinesses.AsNoTracking()
                        .Where(b => managerIds.Contains(b.UserId))
                        .Select(b => new { b.UserId, b.BusinessId })
                        .ToListAsync(cancellationToken))
                    .ToLookup(b => b.UserId, b => b.BusinessId, StringComparer.Ordinal);
                var inScope = await GroupManagerScopeAsync(cancellationToken);
                return [.. candidates.Where(u => u.Id == caller.Id
                    || (u.Role == Roles.BusinessManager && u.OrgId == caller.OrgId && assigned[u.Id].All(inScope.Contains)))];
            default:
                return [.. candidates.Where(u => u.Id == caller.Id)];
        }
    }

    /// <summary>A GROUP_MANAGER manages the BUSINESS_MANAGER users of its organization whose businesses all lie in its scope.</summary>
    private async Task<bool> ManagesAsync(User target, CancellationToken cancellationToken)
    {
        if (target.Role != Roles.BusinessManager || target.OrgId != caller.OrgId)
        {
            return false;
        }

        var assigned = await db.UserBusinesses.AsNoTracking()
            .Where(b => b.UserId == target.Id)
            .Select(b => b.BusinessId)
            .ToListAsync(cancellationToken);
        var inScope = await GroupManagerScopeAsync(cancellationToken);
        return assigned.All(inScope.Contains);
    }

    private async Task<HashSet<string>> GroupManagerScopeAsync(CancellationToken cancellationToken) =>
        _groupManagerScope ??= caller.OrgId is { } orgId
            ? await scope.VisibleBusinessIdsAsync(caller, orgId, cancellationToken)
            : [];
}

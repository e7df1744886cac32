using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Businesses;

/// <summary>Which businesses a caller may read, and the limit on an organization's local businesses.</summary>
public static class BusinessAccess
{
    /// <summary>
    /// The business <paramref name="businessId"/> if the caller may read it: 404 when the id is malformed or unknown,
    /// 403 when its organization is outside the caller's scope or, for GROUP_MANAGER and BUSINESS_MANAGER, when the
    /// business is not in its accesses or assignments. The entity is tracked, so an update can change it.
    /// </summary>
    public static async Task<(Business? Business, PartooError? Error)> FindReadableAsync(
        CurrentUser user,
        string businessId,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);

        var business = ObjectIds.IsValid(businessId)
            ? await db.Businesses.FirstOrDefaultAsync(b => b.Id == businessId, cancellationToken)
            : null;
        if (business is null)
        {
            return (null, PartooError.NotFound());
        }

        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == business.OrgId, cancellationToken);
        if (!CallerScope.CanSee(user, organization))
        {
            return (null, PartooError.Forbidden());
        }

        if (user.HasWholeOrganizationScope)
        {
            return (business, null);
        }

        var visible = await scope.VisibleBusinessIdsAsync(user, business.OrgId, cancellationToken);
        return visible.Contains(business.Id) ? (business, null) : (null, PartooError.Forbidden());
    }

    /// <summary>The 400 message when the organization already has <c>max_businesses</c> local businesses; null when one more fits.</summary>
    public static async Task<string?> LocalLimitReachedAsync(PartooDbContext db, int orgId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var max = await db.Organizations.Where(o => o.Id == orgId).Select(o => o.MaxBusinesses).FirstAsync(cancellationToken);
        if (max is not { } limit)
        {
            return null;
        }

        var local = await db.Businesses.CountAsync(b => b.OrgId == orgId && b.Reach == BusinessReach.Local, cancellationToken);
        return local < limit
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"The organization has reached its maximum number of local businesses ({limit}).");
    }
}

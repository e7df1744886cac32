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
    /// Null when the caller may read <paramref name="business"/>: its organization is in the caller's scope and, for
    /// GROUP_MANAGER and BUSINESS_MANAGER, the business is in its accesses or assignments. Otherwise a 403.
    /// </summary>
    public static async Task<PartooError?> CheckReadAsync(
        CurrentUser user,
        Business business,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(business);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);

        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == business.OrgId, cancellationToken);
        if (!CallerScope.CanSee(user, organization))
        {
            return PartooError.Forbidden();
        }

        if (user.HasWholeOrganizationScope)
        {
            return null;
        }

        var visible = await scope.VisibleBusinessIdsAsync(user, business.OrgId, cancellationToken);
        return visible.Contains(business.Id) ? null : PartooError.Forbidden();
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

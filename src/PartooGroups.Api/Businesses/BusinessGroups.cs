using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Groups;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Businesses;

/// <summary>A group a business may be put in, and whether a puller owns its membership (the group's or its section's flag).</summary>
public readonly record struct GroupOfOrganization(int Id, int SectionId, bool HasPuller);

/// <summary>
/// The business side of the one group/business relation (<see cref="GroupBusiness"/>): what a business's <c>groups</c>
/// shows is exactly what the groups' <c>business_ids</c> show.
/// </summary>
public static class BusinessGroups
{
    /// <summary>The groups among <paramref name="ids"/> that belong to one of <paramref name="orgIds"/>, by id.</summary>
    public static async Task<Dictionary<int, GroupOfOrganization>> FindAsync(
        PartooDbContext db,
        IReadOnlyCollection<int> orgIds,
        IReadOnlyCollection<int> ids,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (ids.Count == 0)
        {
            return [];
        }

        return await (
                from g in db.Groups.AsNoTracking()
                join s in db.Sections.AsNoTracking() on g.SectionId equals s.Id
                where ids.Contains(g.Id) && orgIds.Contains(s.OrgId)
                select new GroupOfOrganization(g.Id, s.Id, g.HasPuller || s.HasPuller))
            .ToDictionaryAsync(g => g.Id, cancellationToken);
    }

    /// <summary>The group ids of each of <paramref name="businessIds"/>.</summary>
    public static async Task<ILookup<string, int>> OfAsync(
        PartooDbContext db,
        IReadOnlyCollection<string> businessIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var memberships = await (
                from membership in db.GroupBusinesses
                join business in db.Businesses on membership.BusinessKey equals business.Key
                where businessIds.Contains(business.Id)
                select new { BusinessId = business.Id, membership.GroupId })
            .ToListAsync(cancellationToken);
        return memberships.ToLookup(m => m.BusinessId, m => m.GroupId, StringComparer.Ordinal);
    }

    /// <summary>Makes <paramref name="groupIds"/> the business's groups: memberships outside them go, missing ones are added.</summary>
    public static async Task ReplaceAsync(
        PartooDbContext db,
        Business business,
        IReadOnlyCollection<int> current,
        IReadOnlyCollection<int> groupIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(business);
        await db.GroupBusinesses
            .Where(m => m.BusinessKey == business.Key && !groupIds.Contains(m.GroupId))
            .ExecuteDeleteAsync(cancellationToken);
        db.GroupBusinesses.AddRange(groupIds.Except(current).Select(id => new GroupBusiness { GroupId = id, BusinessKey = business.Key }));
        await db.SaveChangesAsync(cancellationToken);
    }

    public static string UnknownMessage(IEnumerable<int> unknown) =>
        "Unknown group ids: " + string.Join(", ", unknown.Order().Select(id => id.ToString(CultureInfo.InvariantCulture)));
}

using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Users;

/// <summary>Checks and writes shared by createUser and updateUser: email uniqueness, accesses, assigned businesses.</summary>
public static class UserWriteChecks
{
    /// <summary>Emails are unique per provider, compared with every letter folded (<c>A@x.io</c> = <c>a@X.IO</c>).</summary>
    public static Task<bool> EmailTakenAsync(
        PartooDbContext db,
        string providerId,
        string emailKey,
        string? exceptUserId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.AnyAsync(
            u => u.ProviderId == providerId && u.EmailKey == emailKey && u.Id != exceptUserId,
            cancellationToken);
    }

    /// <summary>Each access with its duplicate group ids removed, in the order given.</summary>
    public static List<List<int>> Normalize(IEnumerable<List<int>?> accesses) =>
        [.. accesses.Select(access => access!.Distinct().ToList())];

    /// <summary>The group ids of <paramref name="accesses"/> that are not groups of the organization, sorted.</summary>
    public static async Task<IReadOnlyList<int>> UnknownGroupsAsync(
        PartooDbContext db,
        int orgId,
        IEnumerable<IEnumerable<int>> accesses,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = accesses.SelectMany(access => access).Distinct().ToList();
        var known = await (
                from grp in db.Groups
                join section in db.Sections on grp.SectionId equals section.Id
                where section.OrgId == orgId && ids.Contains(grp.Id)
                select grp.Id)
            .ToListAsync(cancellationToken);
        return [.. ids.Except(known).Order()];
    }

    public static string UnknownGroupsMessage(IEnumerable<int> ids) =>
        "Unknown group ids for this organization: " + string.Join(", ", ids);

    public static string UnknownBusinessesMessage(IEnumerable<string> ids) =>
        "Unknown or inaccessible business ids: " + string.Join(", ", ids);

    /// <summary>Replaces the user's accesses and assigned businesses.</summary>
    public static async Task ReplaceAssignmentsAsync(
        PartooDbContext db,
        string userId,
        IReadOnlyList<IReadOnlyCollection<int>> accesses,
        IReadOnlyCollection<string> businessIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.UserAccesses.Where(a => a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserBusinesses.Where(b => b.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        for (var position = 0; position < accesses.Count; position++)
        {
            var access = new UserAccess { UserId = userId, Position = position };
            access.Groups.AddRange(accesses[position].Select(groupId => new UserAccessGroup { GroupId = groupId }));
            db.UserAccesses.Add(access);
        }

        db.UserBusinesses.AddRange(businessIds.Select(businessId => new UserBusiness { UserId = userId, BusinessId = businessId }));
        await db.SaveChangesAsync(cancellationToken);
    }
}

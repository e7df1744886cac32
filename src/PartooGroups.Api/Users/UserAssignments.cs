using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Users;

/// <summary>The accesses and assigned businesses of a set of users, loaded in two queries.</summary>
public sealed class UserAssignments
{
    private readonly ILookup<string, IReadOnlyList<int>> _accesses;
    private readonly ILookup<string, string> _businesses;

    private UserAssignments(ILookup<string, IReadOnlyList<int>> accesses, ILookup<string, string> businesses)
    {
        _accesses = accesses;
        _businesses = businesses;
    }

    public static async Task<UserAssignments> LoadAsync(PartooDbContext db, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var accessRows = await (
                from access in db.UserAccesses.AsNoTracking()
                where userIds.Contains(access.UserId)
                select new { access.UserId, access.Position, GroupIds = access.Groups.Select(g => g.GroupId).ToList() })
            .ToListAsync(cancellationToken);
        var businessRows = await db.UserBusinesses.AsNoTracking()
            .Where(b => userIds.Contains(b.UserId))
            .Select(b => new { b.UserId, b.BusinessId })
            .ToListAsync(cancellationToken);

        var accesses = accessRows
            .OrderBy(a => a.Position)
            .ToLookup(a => a.UserId, a => (IReadOnlyList<int>)[.. a.GroupIds.Order()], StringComparer.Ordinal);
        var businesses = businessRows
            .OrderBy(b => b.BusinessId, StringComparer.Ordinal)
            .ToLookup(b => b.UserId, b => b.BusinessId, StringComparer.Ordinal);
        return new UserAssignments(accesses, businesses);
    }

    /// <summary>Sorted business ids assigned to the user.</summary>
    public IReadOnlyList<string> BusinessIdsOf(string userId) => [.. _businesses[userId]];

    /// <summary>The user's accesses in their stored order, each with its group ids sorted.</summary>
    public IReadOnlyList<IReadOnlyList<int>> AccessesOf(string userId) => [.. _accesses[userId]];
}

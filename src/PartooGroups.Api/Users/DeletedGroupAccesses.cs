using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Users;

/// <summary>
/// What deleting groups does to GROUP_MANAGER accesses. An access is an AND across sections: dropping one of its
/// groups and keeping the rest would widen it (<c>[[France, G]]</c> would become <c>[[France]]</c>), and a manager
/// could widen its own scope by deleting an empty group it may edit. So every access that names a deleted group is
/// voided: it stays in the list, empty, and grants nothing. A delete can only narrow someone's scope.
/// </summary>
internal static class DeletedGroupAccesses
{
    public static Task VoidAccessesNamingAsync(PartooDbContext db, IQueryable<int> deletedGroupIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var voided = db.UserAccessGroups.Where(g => deletedGroupIds.Contains(g.GroupId)).Select(g => g.AccessId);
        return db.UserAccessGroups.Where(g => voided.Contains(g.AccessId)).ExecuteDeleteAsync(cancellationToken);
    }
}

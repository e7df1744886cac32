using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Groups;

/// <summary>
/// Writes of the group-business relation in SQL, not through the change tracker (10 businesses: ~30 µs instead of
/// ~450 µs): set-based statements for EF's writes and the whole organization, prepared one-row statements for the group
/// commit writer. The SQL is SQLite's (json_each); it is kept here, in one place, for a future PostgreSQL provider.
/// </summary>
internal static class GroupMemberships
{
    private const string InsertListed =
        "INSERT OR IGNORE INTO GroupBusinesses (GroupId, BusinessId) SELECT $group, value FROM json_each($ids)";

    private const string InsertOne = "INSERT OR IGNORE INTO GroupBusinesses (GroupId, BusinessId) VALUES ($group, $id)";

    /// <summary>A lookup by the primary key (its index, then the row for OrgId), one per listed id.</summary>
    private const string IsOfOrganization = "SELECT 1 FROM Businesses WHERE Id = $id AND OrgId = $org";

    private const string InsertWholeOrganization =
        "INSERT INTO GroupBusinesses (GroupId, BusinessId) SELECT $group, Id FROM Businesses WHERE OrgId = $org";

    public static Task AddAsync(PartooDbContext db, int groupId, IReadOnlyCollection<string> businessIds, CancellationToken cancellationToken)
    {
        if (businessIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        return db.Database.ExecuteSqlRawAsync(
            InsertListed,
            [new SqliteParameter("$group", groupId), new SqliteParameter("$ids", JsonSerializer.Serialize(businessIds))],
            cancellationToken);
    }

    /// <summary>
    /// Adds <paramref name="businessIds"/> (already checked) to the new group, a one-row statement each: a statement
    /// that may write several rows under a foreign key keeps a statement journal, and in the writer's batch transaction
    /// that journal outgrew SQLite's 64 KiB and went to a temporary file, three times the bytes written to the WAL.
    /// </summary>
    public static void Add(WriteSession session, int groupId, IReadOnlyCollection<string> businessIds)
    {
        var insert = session.Statement(InsertOne, "$group", "$id").Bind(0, groupId);
        foreach (var businessId in businessIds)
        {
            insert.Bind(1, businessId).Execute();
        }
    }

    /// <summary>Whether every one of <paramref name="businessIds"/> is a business of the organization.</summary>
    public static bool AreAllOfOrganization(WriteSession session, int orgId, IReadOnlyCollection<string> businessIds)
    {
        var select = session.Statement(IsOfOrganization, "$id", "$org").Bind(1, orgId);
        foreach (var businessId in businessIds)
        {
            using var row = select.Bind(0, businessId).Query();
            if (!row.Read())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every business of the organization: the snapshot a group gets when <c>business__in</c> is omitted.</summary>
    public static void AddWholeOrganization(WriteSession session, int groupId, int orgId)
    {
        session.Statement(InsertWholeOrganization, "$group", "$org").Bind(0, groupId).Bind(1, orgId).Execute();
    }
}

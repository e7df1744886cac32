using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Groups;

/// <summary>
/// Writes of the group-business relation in SQL, not through the change tracker (10 businesses: ~30 µs instead of
/// ~450 µs): set-based statements for EF's writes and the whole organization, prepared one-row inserts for the group
/// commit writer. The SQL is SQLite's (json_each); it is kept here, in one place, for a future PostgreSQL provider.
/// </summary>
internal static class GroupMemberships
{
    private const string InsertListed =
        "INSERT OR IGNORE INTO GroupBusinesses (GroupId, BusinessId) SELECT $group, value FROM json_each($ids)";

    private const string InsertOne = "INSERT OR IGNORE INTO GroupBusinesses (GroupId, BusinessId) VALUES ($group, $id)";

    /// <summary>Driven by the list (CROSS JOIN keeps that order): a lookup per id, not a scan of the organization.</summary>
    private const string CountListedOfOrganization =
        "SELECT COUNT(*) FROM json_each($ids) AS j CROSS JOIN Businesses AS b ON b.Id = j.value WHERE b.OrgId = $org";

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
        var insert = session.Command(InsertOne, "$group", "$id");
        insert.Parameters[0].Value = groupId;
        foreach (var businessId in businessIds)
        {
            insert.Parameters[1].Value = businessId;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// How many of <paramref name="businessIds"/> (distinct) are businesses of the organization: all of them when the
    /// list holds no id foreign to it.
    /// </summary>
    public static long CountOfOrganization(WriteSession session, int orgId, IReadOnlyCollection<string> businessIds)
    {
        if (businessIds.Count == 0)
        {
            return 0;
        }

        var count = session.Command(CountListedOfOrganization, "$org", "$ids");
        count.Parameters[0].Value = orgId;
        count.Parameters[1].Value = JsonSerializer.Serialize(businessIds);
        return (long)count.ExecuteScalar()!;
    }

    /// <summary>Every business of the organization: the snapshot a group gets when <c>business__in</c> is omitted.</summary>
    public static void AddWholeOrganization(WriteSession session, int groupId, int orgId)
    {
        var insert = session.Command(InsertWholeOrganization, "$group", "$org");
        insert.Parameters[0].Value = groupId;
        insert.Parameters[1].Value = orgId;
        insert.ExecuteNonQuery();
    }
}

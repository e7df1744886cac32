using PartooGroups.Api.Persistence;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>
/// Rules every sandbox file must keep whatever writes ran, checked on the file with raw SQL: names unique per section
/// and per organization (case-folded again here from the stored name, not trusted from the NameKey column), no row
/// pointing at a deleted group or section, no membership of a business of another organization, a sound file.
/// </summary>
internal static class StoredInvariants
{
    private static readonly (string Problem, string Sql)[] Dangling =
    [
        ("membership of a group that does not exist",
            "SELECT m.GroupId, m.BusinessKey FROM GroupBusinesses m LEFT JOIN Groups g ON g.Id = m.GroupId WHERE g.Id IS NULL"),
        ("membership of a business that does not exist",
            "SELECT m.GroupId, m.BusinessKey FROM GroupBusinesses m LEFT JOIN Businesses b ON b.Key = m.BusinessKey WHERE b.Key IS NULL"),
        ("membership of a business of another organization",
            "SELECT m.GroupId, b.Id, s.OrgId, b.OrgId FROM GroupBusinesses m JOIN Groups g ON g.Id = m.GroupId "
            + "JOIN Sections s ON s.Id = g.SectionId JOIN Businesses b ON b.Key = m.BusinessKey WHERE b.OrgId <> s.OrgId"),
        ("group of a section that does not exist",
            "SELECT g.Id, g.SectionId FROM Groups g LEFT JOIN Sections s ON s.Id = g.SectionId WHERE s.Id IS NULL"),
        ("user access naming a group that does not exist",
            "SELECT a.AccessId, a.GroupId FROM UserAccessGroups a LEFT JOIN Groups g ON g.Id = a.GroupId WHERE g.Id IS NULL"),
    ];

    public static async Task ShouldHoldAsync(string databasePath)
    {
        await SandboxDatabase.ShouldBeSoundAsync(databasePath);
        var problems = new List<string>();
        UniqueNames(await SandboxDatabase.RowsAsync(databasePath, "SELECT Id, SectionId, Name, NameKey FROM Groups"), "group", "section", problems);
        UniqueNames(await SandboxDatabase.RowsAsync(databasePath, "SELECT Id, OrgId, Name, NameKey FROM Sections"), "section", "organization", problems);
        foreach (var (problem, sql) in Dangling)
        {
            problems.AddRange((await SandboxDatabase.RowsAsync(databasePath, sql)).Select(row => $"{problem}: {string.Join(", ", row)}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Rows of (id, owner id, name, stored name key): the key is the name's, and no owner has two rows of one key.</summary>
    private static void UniqueNames(IReadOnlyList<object?[]> rows, string kind, string owner, List<string> problems)
    {
        var named = rows.Select(row => (Id: (long)row[0]!, Owner: (long)row[1]!, Name: (string)row[2]!, Stored: (string)row[3]!)).ToList();
        problems.AddRange(named
            .Where(row => row.Stored != NameKey.For(row.Name))
            .Select(row => $"{kind} {row.Id} \"{row.Name}\" has the name key \"{row.Stored}\" instead of \"{NameKey.For(row.Name)}\""));
        problems.AddRange(named
            .GroupBy(row => (row.Owner, Key: NameKey.For(row.Name)))
            .Where(clash => clash.Count() > 1)
            .Select(clash => $"{kind}s {string.Join(", ", clash.Select(r => $"{r.Id} \"{r.Name}\""))} of {owner} {clash.Key.Owner} have one name"));
    }
}

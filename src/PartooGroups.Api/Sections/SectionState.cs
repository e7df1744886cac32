using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Groups;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Sections;

/// <summary>A group as read for a Section object and for the edit rule: its businesses included.</summary>
public sealed record GroupState(int Id, string Name, bool HasPuller, IReadOnlyCollection<string> BusinessIds);

/// <summary>A section with its groups ordered by id, as read for a Section object and for the edit rule.</summary>
public sealed record SectionState(int Id, int OrgId, string Name, bool HasPuller, IReadOnlyList<GroupState> Groups)
{
    /// <summary>Loads <paramref name="ids"/> with their groups and memberships, in the order of the ids; unknown ids are skipped.</summary>
    public static async Task<List<SectionState>> LoadAsync(PartooDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sections = await db.Sections.AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.OrgId, s.Name, s.HasPuller })
            .ToListAsync(cancellationToken);
        var groups = await db.Groups.AsNoTracking()
            .Where(g => ids.Contains(g.SectionId))
            .OrderBy(g => g.Id)
            .Select(g => new { g.Id, g.SectionId, g.Name, g.HasPuller })
            .ToListAsync(cancellationToken);
        var groupIds = groups.Select(g => g.Id).ToList();
        var members = await GroupQueries.BusinessIdsOfAsync(db, groupIds, cancellationToken);
        var groupsBySection = groups.ToLookup(
            g => g.SectionId,
            g => new GroupState(g.Id, g.Name, g.HasPuller, members[g.Id].ToList()));
        var byId = sections.ToDictionary(
            s => s.Id,
            s => new SectionState(s.Id, s.OrgId, s.Name, s.HasPuller, groupsBySection[s.Id].ToList()));
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    public static async Task<SectionState?> FindAsync(PartooDbContext db, int id, CancellationToken cancellationToken) =>
        (await LoadAsync(db, [id], cancellationToken)).FirstOrDefault();

    public GroupState? Group(int groupId) => Groups.FirstOrDefault(g => g.Id == groupId);
}

using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Groups;

/// <summary>A group with what scope checks need of its organization.</summary>
public sealed record GroupInOrganization(int Id, string Name, bool HasPuller, int OrgId, string ProviderId);

/// <summary>A section with what scope checks need of its organization.</summary>
public sealed record SectionInOrganization(int Id, bool HasPuller, int OrgId, string ProviderId);

/// <summary>Queries of groups: compiled ones for the hot routes (getGroup and createGroup), and their business ids.</summary>
internal static class GroupQueries
{
    /// <summary>The business ids of each of <paramref name="groupIds"/>.</summary>
    public static async Task<ILookup<int, string>> BusinessIdsOfAsync(
        PartooDbContext db,
        IReadOnlyCollection<int> groupIds,
        CancellationToken cancellationToken) =>
        (await (
                from membership in db.GroupBusinesses
                join business in db.Businesses on membership.BusinessKey equals business.Key
                where groupIds.Contains(membership.GroupId)
                select new { membership.GroupId, BusinessId = business.Id })
            .ToListAsync(cancellationToken))
        .ToLookup(m => m.GroupId, m => m.BusinessId);

    /// <summary>The group <c>groupId</c> of section <c>sectionId</c>, or null when either is unknown or they do not match.</summary>
    public static readonly Func<PartooDbContext, int, int, CancellationToken, Task<GroupInOrganization?>> InSection =
        EF.CompileAsyncQuery((PartooDbContext db, int sectionId, int groupId, CancellationToken _) => (
                from g in db.Groups.AsNoTracking()
                join s in db.Sections on g.SectionId equals s.Id
                join o in db.Organizations on s.OrgId equals o.Id
                where g.Id == groupId && g.SectionId == sectionId
                select new GroupInOrganization(g.Id, g.Name, g.HasPuller, o.Id, o.ProviderId))
            .FirstOrDefault());

    public static readonly Func<PartooDbContext, int, CancellationToken, Task<SectionInOrganization?>> Section =
        EF.CompileAsyncQuery((PartooDbContext db, int sectionId, CancellationToken _) => (
                from s in db.Sections.AsNoTracking()
                join o in db.Organizations on s.OrgId equals o.Id
                where s.Id == sectionId
                select new SectionInOrganization(s.Id, s.HasPuller, o.Id, o.ProviderId))
            .FirstOrDefault());

    /// <summary>Whether another group of the section (not <c>exceptGroupId</c>; 0 for a new group) has the name key.</summary>
    public static readonly Func<PartooDbContext, int, string, int, CancellationToken, Task<bool>> NameTaken =
        EF.CompileAsyncQuery((PartooDbContext db, int sectionId, string nameKey, int exceptGroupId, CancellationToken _) =>
            db.Groups.Any(g => g.SectionId == sectionId && g.NameKey == nameKey && g.Id != exceptGroupId));

    /// <summary>The group's business ids in ordinal order (ids are lowercase hex, so SQLite's binary order is ordinal).</summary>
    public static readonly Func<PartooDbContext, int, IAsyncEnumerable<string>> BusinessIds =
        EF.CompileAsyncQuery((PartooDbContext db, int groupId) =>
            from membership in db.GroupBusinesses
            join business in db.Businesses on membership.BusinessKey equals business.Key
            where membership.GroupId == groupId
            orderby business.Id
            select business.Id);
}

using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Users;

namespace PartooGroups.Api.Persistence.Seed;

/// <summary>
/// The stored state as a seed document with its global ids: imported into an empty sandbox it answers the /v2 routes
/// as this one does. A user's API key is its first key that is not revoked; its other keys are not part of the format.
/// </summary>
public sealed class SeedExporter(PartooDbContext db)
{
    /// <summary>Every provider, or only <paramref name="provider"/>.</summary>
    public async Task<SeedDocument> ExportAsync(string? provider, CancellationToken cancellationToken)
    {
        var providers = await db.Providers.AsNoTracking()
            .Where(p => provider == null || p.Id == provider).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        var orgs = await db.Organizations.AsNoTracking()
            .Where(o => providers.Contains(o.ProviderId)).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var orgIds = orgs.Select(o => o.Id).ToList();
        var businesses = await db.Businesses.AsNoTracking().Where(b => orgIds.Contains(b.OrgId)).ToListAsync(cancellationToken);
        var businessIdOfKey = businesses.ToDictionary(b => b.Key, b => b.Id); // a group's businesses are of its organization
        var sections = await db.Sections.AsNoTracking().Where(s => orgIds.Contains(s.OrgId))
            .Include(s => s.Groups).ThenInclude(g => g.Memberships).AsSplitQuery().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => providers.Contains(u.ProviderId))
            .Include(u => u.Accesses).ThenInclude(a => a.Groups).Include(u => u.Businesses).Include(u => u.ApiKeys)
            .AsSplitQuery().ToListAsync(cancellationToken);

        return new SeedDocument(
            [.. providers.Select(p => new SeedProvider(p))],
            [.. orgs.Select(o => new SeedOrganization(o.Id, o.Name, o.Alias, o.ProviderId, o.MaxBusinesses, o.Type))],
            [.. businesses.OrderBy(b => b.Id, StringComparer.Ordinal).Select(b =>
                new SeedBusiness(b.Id, b.OrgId, b.Name, b.Reach, b.Code, b.City, b.Zipcode, b.Country, b.Status))],
            [.. sections.Select(s => new SeedSection(s.Id, s.OrgId, s.Name, s.HasPuller, [.. s.Groups.OrderBy(g => g.Id).Select(g =>
                new SeedGroup(g.Id, g.Name, g.HasPuller, Sorted(g.Memberships.Select(m => businessIdOfKey[m.BusinessKey]))))]))],
            [.. users.OrderBy(u => u.Id, StringComparer.Ordinal).Select(ToSeed)]);
    }

    private static SeedUser ToSeed(User user)
    {
        var isProvider = user.Role == Roles.Provider;
        return new SeedUser(
            user.Id,
            user.Email,
            user.Role,
            isProvider ? null : user.OrgId,
            isProvider ? user.ProviderId : null,
            user.ApiKeys.Where(k => k.RevokedAt == null).OrderBy(k => k.Id).Select(k => k.Key).FirstOrDefault(),
            [.. user.Accesses.OrderBy(a => a.Position).Select(a => a.Groups.Select(g => g.GroupId).Order().ToList())],
            Sorted(user.Businesses.Select(b => b.BusinessId)),
            user.FirstName,
            user.LastName,
            user.Lang,
            user.Phone,
            user.Status,
            user.Disabled);
    }

    private static List<string> Sorted(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];
}

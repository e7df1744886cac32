using PartooGroups.Api.Organizations;

namespace PartooGroups.Api.Persistence.Seed;

/// <summary>
/// Completes a valid seed document: every business, section, group and user gets an id and every organization an
/// alias, so that the writer stores exactly what the document says.
/// </summary>
public static class SeedResolver
{
    public static SeedDocument Resolve(SeedDocument seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var taken = (seed.Organizations ?? []).Where(o => o.Alias is not null).Select(o => (o.Provider!, o.Alias!)).ToHashSet();
        var organizations = (seed.Organizations ?? []).Select(org =>
        {
            var alias = org.Alias ?? OrganizationAlias.Derive(org.Name!, a => taken.Contains((org.Provider!, a)));
            taken.Add((org.Provider!, alias));
            return org with { Alias = alias };
        }).ToList();

        var nextSectionId = NextIdAfter((seed.Sections ?? []).Select(s => s.Id));
        var nextGroupId = NextIdAfter((seed.Sections ?? []).SelectMany(s => s.Groups ?? []).Select(g => g.Id));
        var sections = (seed.Sections ?? []).Select(section => section with
        {
            Id = section.Id ?? nextSectionId++,
            Groups = [.. (section.Groups ?? []).Select(group => group with { Id = group.Id ?? nextGroupId++ })],
        }).ToList();

        return seed with
        {
            Organizations = organizations,
            Businesses = [.. (seed.Businesses ?? []).Select(b => b with { Id = b.Id ?? ObjectIds.New() })],
            Sections = sections,
            Users = [.. (seed.Users ?? []).Select(u => u with { Id = u.Id ?? ObjectIds.New() })],
        };
    }

    /// <summary>Entries without an id get ids after the highest given one, so generated and given ids never collide.</summary>
    private static int NextIdAfter(IEnumerable<int?> ids) => ids.Max() is { } max ? max + 1 : 1;
}

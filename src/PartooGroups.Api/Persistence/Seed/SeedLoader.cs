using PartooGroups.Api.Businesses;
using PartooGroups.Api.Groups;
using PartooGroups.Api.Organizations;
using PartooGroups.Api.Sections;
using PartooGroups.Api.Users;

namespace PartooGroups.Api.Persistence.Seed;

/// <summary>Writes a validated seed document in one transaction: all of it or nothing.</summary>
public sealed class SeedLoader(PartooDbContext db, TimeProvider clock)
{
    public async Task LoadAsync(SeedDocument seed, CancellationToken cancellationToken)
    {
        var errors = SeedValidator.Validate(seed);
        if (errors.Count > 0)
        {
            throw new SeedException(string.Join(Environment.NewLine, errors));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var provider in seed.Providers ?? [])
        {
            db.Providers.Add(new Provider { Id = provider.Id! });
        }

        var taken = (seed.Organizations ?? []).Where(o => o.Alias is not null).Select(o => (o.Provider!, o.Alias!)).ToHashSet();
        foreach (var org in seed.Organizations ?? [])
        {
            var alias = org.Alias ?? OrganizationAlias.Derive(org.Name!, a => taken.Contains((org.Provider!, a)));
            taken.Add((org.Provider!, alias));
            db.Organizations.Add(new Organization
            {
                Id = org.OrgId!.Value,
                ProviderId = org.Provider!,
                Name = org.Name!,
                Alias = alias,
                MaxBusinesses = org.MaxBusinesses,
                Type = org.Type ?? OrganizationTypes.SmallMediumBusiness,
            });
        }

        foreach (var business in seed.Businesses ?? [])
        {
            db.Businesses.Add(new Business
            {
                Id = business.Id ?? ObjectIds.New(),
                OrgId = business.OrgId!.Value,
                Name = business.Name!,
                Reach = business.Reach ?? BusinessReach.Local,
                CreatedAt = clock.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);

        var nextSectionId = NextIdAfter((seed.Sections ?? []).Select(s => s.Id));
        var nextGroupId = NextIdAfter((seed.Sections ?? []).SelectMany(s => s.Groups ?? []).Select(g => g.Id));
        foreach (var seedSection in seed.Sections ?? [])
        {
            var section = new Section
            {
                Id = seedSection.Id ?? nextSectionId++,
                OrgId = seedSection.OrgId!.Value,
                Name = seedSection.Name!.Trim(),
                NameKey = NameKey.For(seedSection.Name),
                HasPuller = seedSection.HasPuller ?? false,
            };
            foreach (var seedGroup in seedSection.Groups ?? [])
            {
                var group = new Group
                {
                    Id = seedGroup.Id ?? nextGroupId++,
                    Name = seedGroup.Name!.Trim(),
                    NameKey = NameKey.For(seedGroup.Name),
                    HasPuller = seedGroup.HasPuller ?? false,
                };
                group.Memberships.AddRange((seedGroup.BusinessIds ?? []).Distinct(StringComparer.Ordinal)
                    .Select(id => new GroupBusiness { BusinessId = id }));
                section.Groups.Add(group);
            }

            db.Sections.Add(section);
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var seedUser in seed.Users ?? [])
        {
            var providerId = seedUser.Role == Roles.Provider
                ? seedUser.Provider!
                : seed.Organizations!.First(o => o.OrgId == seedUser.OrgId).Provider!;
            var user = new User
            {
                Id = seedUser.Id ?? ObjectIds.New(),
                ProviderId = providerId,
                OrgId = seedUser.Role == Roles.Provider ? null : seedUser.OrgId,
                Email = seedUser.Email!,
                EmailKey = NameKey.For(seedUser.Email!),
                Role = seedUser.Role!,
                FirstName = seedUser.FirstName,
                LastName = seedUser.LastName,
                CreatedAt = clock.GetUtcNow(),
            };
            foreach (var (groups, position) in (seedUser.Accesses ?? []).Select((a, i) => (a, i)))
            {
                var access = new UserAccess { UserId = user.Id, Position = position };
                access.Groups.AddRange(groups.Distinct().Select(g => new UserAccessGroup { GroupId = g }));
                user.Accesses.Add(access);
            }

            user.Businesses.AddRange((seedUser.BusinessIds ?? []).Distinct(StringComparer.Ordinal)
                .Select(b => new UserBusiness { UserId = user.Id, BusinessId = b }));
            if (seedUser.ApiKey is not null)
            {
                user.ApiKeys.Add(new ApiKey { UserId = user.Id, Key = seedUser.ApiKey, Label = "seed", CreatedAt = clock.GetUtcNow() });
            }

            db.Users.Add(user);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Entries without an id get ids after the highest given one, so generated and given ids never collide.</summary>
    private static int NextIdAfter(IEnumerable<int?> ids) => ids.Max() is { } max ? max + 1 : 1;
}

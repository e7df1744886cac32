using Microsoft.Data.Sqlite;
using PartooGroups.Api.Businesses;
using PartooGroups.Api.Organizations;
using PartooGroups.Api.Users;

namespace PartooGroups.Api.Persistence.Seed;

/// <summary>
/// Inserts a resolved seed document (see <see cref="SeedResolver"/>) row by row through prepared statements inside
/// the caller's transaction: a thousand businesses with their memberships take milliseconds, not the change tracker's
/// hundreds. Providers that already exist are kept, so a tenant can be written again under its own provider.
/// </summary>
internal static class SeedWriter
{
    // The defaults of the entities (Business.Status, User.Lang, User.Status) for fields a seed leaves out.
    private const string DefaultBusinessStatus = "open";
    private const string DefaultLang = "en";
    private const string DefaultUserStatus = "active";

    public static void Write(SqliteConnection connection, SqliteTransaction transaction, SeedDocument seed, DateTimeOffset now)
    {
        PreparedInsert Insert(string table, params string[] columns) => new(connection, transaction,
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})",
            columns.Length);

        using (var providers = new PreparedInsert(connection, transaction, "INSERT OR IGNORE INTO \"Providers\" (\"Id\") VALUES ($p0)", 1))
        {
            foreach (var provider in seed.Providers ?? [])
            {
                providers.Run(provider.Id);
            }
        }

        var providerOfOrg = new Dictionary<int, string>();
        using (var organizations = Insert("Organizations", "Id", "ProviderId", "Name", "Alias", "MaxBusinesses", "Type"))
        {
            foreach (var org in seed.Organizations ?? [])
            {
                providerOfOrg[org.OrgId!.Value] = org.Provider!;
                organizations.Run(org.OrgId, org.Provider, org.Name, org.Alias, org.MaxBusinesses, org.Type ?? OrganizationTypes.SmallMediumBusiness);
            }
        }

        using (var businesses = Insert("Businesses", "Id", "OrgId", "Name", "Reach", "Code", "City", "Zipcode", "Country", "Status", "CreatedAt"))
        {
            foreach (var b in seed.Businesses ?? [])
            {
                businesses.Run(b.Id, b.OrgId, b.Name, b.Reach ?? BusinessReach.Local, b.Code, b.City, b.Zipcode, b.Country,
                    b.Status ?? DefaultBusinessStatus, now);
            }
        }

        using (var sections = Insert("Sections", "Id", "OrgId", "Name", "NameKey", "HasPuller"))
        using (var groups = Insert("Groups", "Id", "SectionId", "Name", "NameKey", "HasPuller"))
        // A membership holds the business's key, looked up by its id in the unique index.
        using (var memberships = new PreparedInsert(connection, transaction,
                   "INSERT INTO \"GroupBusinesses\" (\"GroupId\", \"BusinessKey\") SELECT $p0, \"Key\" FROM \"Businesses\" WHERE \"Id\" = $p1", 2))
        {
            foreach (var section in seed.Sections ?? [])
            {
                sections.Run(section.Id, section.OrgId, section.Name!.Trim(), NameKey.For(section.Name), section.HasPuller ?? false);
                foreach (var group in section.Groups ?? [])
                {
                    groups.Run(group.Id, section.Id, group.Name!.Trim(), NameKey.For(group.Name), group.HasPuller ?? false);
                    foreach (var businessId in (group.BusinessIds ?? []).Distinct(StringComparer.Ordinal))
                    {
                        memberships.Run(group.Id, businessId);
                    }
                }
            }
        }

        WriteUsers(connection, transaction, seed.Users ?? [], providerOfOrg, now, Insert);
    }

    private static void WriteUsers(
        SqliteConnection connection,
        SqliteTransaction transaction,
        List<SeedUser> seedUsers,
        Dictionary<int, string> providerOfOrg,
        DateTimeOffset now,
        Func<string, string[], PreparedInsert> insert)
    {
        using var users = insert("Users",
            ["Id", "ProviderId", "OrgId", "Email", "EmailKey", "Role", "FirstName", "LastName", "Phone", "Lang", "Status", "Disabled", "CreatedAt"]);
        using var accesses = new PreparedInsert(connection, transaction,
            "INSERT INTO \"UserAccesses\" (\"UserId\", \"Position\") VALUES ($p0, $p1) RETURNING \"Id\"", 2);
        using var accessGroups = insert("UserAccessGroups", ["AccessId", "GroupId"]);
        using var userBusinesses = insert("UserBusinesses", ["UserId", "BusinessId"]);
        using var apiKeys = insert("ApiKeys", ["UserId", "Key", "Label", "CreatedAt"]);
        foreach (var user in seedUsers)
        {
            var isProvider = user.Role == Roles.Provider;
            users.Run(user.Id, isProvider ? user.Provider : providerOfOrg[user.OrgId!.Value], isProvider ? null : user.OrgId,
                user.Email, NameKey.For(user.Email!), user.Role, user.FirstName, user.LastName, user.Phone,
                user.Lang ?? DefaultLang, user.Status ?? DefaultUserStatus, user.Disabled ?? false, now);
            foreach (var (groupIds, position) in (user.Accesses ?? []).Select((a, i) => (a, i)))
            {
                var accessId = accesses.RunReturning(user.Id, position);
                foreach (var groupId in groupIds.Distinct())
                {
                    accessGroups.Run(accessId, groupId);
                }
            }

            foreach (var businessId in (user.BusinessIds ?? []).Distinct(StringComparer.Ordinal))
            {
                userBusinesses.Run(user.Id, businessId);
            }

            if (user.ApiKey is not null)
            {
                apiKeys.Run(user.Id, user.ApiKey, "seed", now);
            }
        }
    }
}

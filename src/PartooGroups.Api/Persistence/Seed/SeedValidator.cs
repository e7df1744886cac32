using System.Globalization;
using PartooGroups.Api.Businesses;
using PartooGroups.Api.Organizations;
using PartooGroups.Api.Sections;
using PartooGroups.Api.Users;

namespace PartooGroups.Api.Persistence.Seed;

/// <summary>Checks a whole seed document before anything is written, naming every bad entry.</summary>
public static class SeedValidator
{
    public static IReadOnlyList<string> Validate(SeedDocument seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var errors = NullEntries(seed).ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        void Fail(string entry, string message) => errors.Add($"{entry}: {message}");

        void CheckLength(string entry, params (string Field, string? Value)[] fields)
        {
            foreach (var (field, value) in fields)
            {
                if (value is { Length: > NameRules.MaxLength })
                {
                    Fail(entry, $"{field} is longer than {NameRules.MaxLength} characters");
                }
            }
        }

        var providers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (provider, i) in Indexed(seed.Providers))
        {
            if (string.IsNullOrWhiteSpace(provider.Id))
            {
                Fail($"providers[{i}]", "id is required");
            }
            else if (!providers.Add(provider.Id))
            {
                Fail($"providers[{i}]", $"duplicate id '{provider.Id}'");
            }
        }

        var orgs = new Dictionary<int, SeedOrganization>();
        var aliases = new HashSet<(string, string)>();
        foreach (var (org, i) in Indexed(seed.Organizations))
        {
            var entry = $"organizations[{i}]";
            if (org.OrgId is not { } id || id <= 0)
            {
                Fail(entry, "org_id is required and must be a positive integer");
            }
            else if (!orgs.TryAdd(id, org))
            {
                Fail(entry, $"duplicate org_id {id}");
            }

            if (string.IsNullOrWhiteSpace(org.Name))
            {
                Fail(entry, "name is required");
            }

            if (org.Provider is null || !providers.Contains(org.Provider))
            {
                Fail(entry, $"provider '{org.Provider}' is not declared in providers");
            }

            if (org.Alias is not null && !OrganizationAlias.IsValid(org.Alias))
            {
                Fail(entry, $"alias '{org.Alias}' must match ^[a-z0-9_]+$");
            }
            else if (org.Alias is not null && !aliases.Add((org.Provider ?? "", org.Alias)))
            {
                Fail(entry, $"alias '{org.Alias}' is already used by another organization of provider '{org.Provider}'");
            }

            if (org.MaxBusinesses is < 0)
            {
                Fail(entry, "max_businesses must be an integer >= 0 or null");
            }

            if (org.Type is not null and not (OrganizationTypes.SmallMediumBusiness or OrganizationTypes.Enterprise))
            {
                Fail(entry, $"type must be {OrganizationTypes.SmallMediumBusiness} or {OrganizationTypes.Enterprise}");
            }
        }

        var businesses = new Dictionary<string, SeedBusiness>(StringComparer.Ordinal);
        var codes = new HashSet<(int, string)>();
        foreach (var (business, i) in Indexed(seed.Businesses))
        {
            var entry = $"businesses[{i}]";
            if (business.Id is not null && !ObjectIds.IsValid(business.Id))
            {
                Fail(entry, $"id '{business.Id}' must be 24 lowercase hexadecimal characters");
            }
            else if (business.Id is not null && !businesses.TryAdd(business.Id, business))
            {
                Fail(entry, $"duplicate id '{business.Id}'");
            }

            if (business.OrgId is not { } orgId || !orgs.ContainsKey(orgId))
            {
                Fail(entry, $"org_id {Show(business.OrgId)} is not an organization of the seed");
            }

            if (string.IsNullOrWhiteSpace(business.Name))
            {
                Fail(entry, "name is required");
            }

            if (business.Reach is not null and not (BusinessReach.Local or BusinessReach.Global))
            {
                Fail(entry, $"reach must be {BusinessReach.Local} or {BusinessReach.Global}");
            }

            if (business.Status is not null && !BusinessRules.Statuses.Contains(business.Status))
            {
                Fail(entry, $"status must be one of {string.Join(", ", BusinessRules.Statuses)}");
            }

            if (business.Code is not null && !codes.Add((business.OrgId ?? 0, business.Code)))
            {
                Fail(entry, $"code '{business.Code}' is already used by another business of organization {Show(business.OrgId)}");
            }

            CheckLength(entry, ("code", business.Code), ("city", business.City), ("zipcode", business.Zipcode), ("country", business.Country));
        }

        foreach (var (id, org) in orgs)
        {
            var local = seed.Businesses?.Count(b => b.OrgId == id && (b.Reach ?? BusinessReach.Local) == BusinessReach.Local) ?? 0;
            if (org.MaxBusinesses is { } max && local > max)
            {
                Fail($"organizations[org_id {id}]", $"has {local} local businesses, more than max_businesses {max}");
            }
        }

        var sectionIds = new HashSet<int>();
        var groupOrgs = new Dictionary<int, int>();
        var sectionNames = new HashSet<(int, string)>();
        foreach (var (section, i) in Indexed(seed.Sections))
        {
            var entry = $"sections[{i}]";
            if (section.Id is { } id && (id <= 0 || !sectionIds.Add(id)))
            {
                Fail(entry, $"id {id} must be a positive integer used once");
            }

            var orgKnown = section.OrgId is { } orgId && orgs.ContainsKey(orgId);
            if (!orgKnown)
            {
                Fail(entry, $"org_id {Show(section.OrgId)} is not an organization of the seed");
            }

            CheckName(entry, section.Name, Fail);
            if (section.Name is not null && orgKnown && !sectionNames.Add((section.OrgId!.Value, NameKey.For(section.Name))))
            {
                Fail(entry, $"name '{section.Name}' is already used by another section of organization {section.OrgId}");
            }

            var groupNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (group, j) in Indexed(section.Groups))
            {
                var groupEntry = $"{entry}.groups[{j}]";
                if (group.Id is { } groupId && (groupId <= 0 || !groupOrgs.TryAdd(groupId, section.OrgId ?? 0)))
                {
                    Fail(groupEntry, $"id {groupId} must be a positive integer used once");
                }

                CheckName(groupEntry, group.Name, Fail);
                if (group.Name is not null && !groupNames.Add(NameKey.For(group.Name)))
                {
                    Fail(groupEntry, $"name '{group.Name}' is already used by another group of this section");
                }

                foreach (var businessId in group.BusinessIds ?? [])
                {
                    if (!businesses.TryGetValue(businessId, out var business) || business.OrgId != section.OrgId)
                    {
                        Fail(groupEntry, $"business '{businessId}' is not a business of organization {Show(section.OrgId)}");
                    }
                }
            }
        }

        var userIds = new HashSet<string>(StringComparer.Ordinal);
        var emails = new HashSet<(string, string)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (user, i) in Indexed(seed.Users))
        {
            var entry = $"users[{i}]";
            if (user.Id is not null && (!ObjectIds.IsValid(user.Id) || !userIds.Add(user.Id)))
            {
                Fail(entry, $"id '{user.Id}' must be 24 lowercase hexadecimal characters, used once");
            }

            if (user.Role is null || !Roles.All.Contains(user.Role))
            {
                Fail(entry, $"role '{user.Role}' must be one of {string.Join(", ", Roles.All)}");
            }

            string? provider;
            if (user.Role == Roles.Provider)
            {
                provider = user.Provider;
                if (provider is null || !providers.Contains(provider))
                {
                    Fail(entry, $"provider '{provider}' is not declared in providers");
                }

                if (user.OrgId is not null)
                {
                    Fail(entry, "a PROVIDER user names provider, not org_id");
                }
            }
            else
            {
                provider = user.OrgId is { } orgId && orgs.TryGetValue(orgId, out var org) ? org.Provider : null;
                if (provider is null)
                {
                    Fail(entry, $"org_id {Show(user.OrgId)} is not an organization of the seed");
                }
            }

            if (string.IsNullOrWhiteSpace(user.Email) || !user.Email.Contains('@', StringComparison.Ordinal))
            {
                Fail(entry, $"email '{user.Email}' is not a valid email address");
            }
            else if (!emails.Add((provider ?? "", NameKey.For(user.Email))))
            {
                Fail(entry, $"email '{user.Email}' is already used by another user of the same provider");
            }

            if (user.ApiKey is not null && (string.IsNullOrWhiteSpace(user.ApiKey) || !keys.Add(user.ApiKey)))
            {
                Fail(entry, "api_key must be non-empty and unique");
            }

            if (user.Lang is not null && !UserFieldRules.Languages.Contains(user.Lang))
            {
                Fail(entry, $"lang must be one of {string.Join(", ", UserFieldRules.Languages)}");
            }

            if (user.Status is not null && !UserFieldRules.Statuses.Contains(user.Status))
            {
                Fail(entry, $"status must be one of {string.Join(", ", UserFieldRules.Statuses)}");
            }

            CheckLength(entry, ("first_name", user.FirstName), ("last_name", user.LastName), ("phone", user.Phone));

            foreach (var groupId in (user.Accesses ?? []).SelectMany(a => a))
            {
                if (!groupOrgs.TryGetValue(groupId, out var groupOrg) || groupOrg != user.OrgId)
                {
                    Fail(entry, $"accesses refer to group {groupId}, which is not a group (with an id) of organization {Show(user.OrgId)}");
                }
            }

            foreach (var businessId in user.BusinessIds ?? [])
            {
                if (!businesses.TryGetValue(businessId, out var business) || business.OrgId != user.OrgId)
                {
                    Fail(entry, $"business_ids refer to '{businessId}', which is not a business of organization {Show(user.OrgId)}");
                }
            }
        }

        return errors;
    }

    private static IEnumerable<string> NullEntries(SeedDocument seed)
    {
        static IEnumerable<string> In<T>(string name, List<T>? items) =>
            (items ?? []).Select((item, i) => item is null ? $"{name}[{i}]: entry is null" : null).OfType<string>();

        return In("providers", seed.Providers)
            .Concat(In("organizations", seed.Organizations))
            .Concat(In("businesses", seed.Businesses))
            .Concat(In("sections", seed.Sections))
            .Concat((seed.Sections ?? []).SelectMany((s, i) => s is null ? [] : In($"sections[{i}].groups", s.Groups)))
            .Concat(In("users", seed.Users))
            .Concat((seed.Users ?? []).SelectMany((u, i) => u is null ? [] : In($"users[{i}].accesses", u.Accesses)));
    }

    private static void CheckName(string entry, string? name, Action<string, string> fail)
    {
        if (NameRules.Check(name) is { } error)
        {
            fail(entry, $"name {(name is null ? "is missing" : $"'{name}' is invalid")} ({error})");
        }
    }

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "(missing)";

    private static IEnumerable<(T Item, int Index)> Indexed<T>(List<T>? items) =>
        (items ?? []).Select((item, index) => (item, index));
}

using System.Globalization;
using System.Text.RegularExpressions;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Persistence.Seed;
using PartooGroups.Api.Users;

namespace PartooGroups.Api.Sandbox;

/// <summary>
/// Turns a tenant document, whose ids are all local references, into a seed document with fresh global ids and keys,
/// so that one document can be posted any number of times.
/// </summary>
public static partial class TenantDocuments
{
    /// <summary>The provider id a tenant document gets when it names none.</summary>
    public const string ImplicitProvider = "tenant";

    /// <summary>
    /// Gives the document its single provider: organizations and PROVIDER users that name none belong to it.
    /// Returns the problems that make it no tenant document at all (several providers, an id unfit for a URL).
    /// </summary>
    public static (SeedDocument Document, IReadOnlyList<string> Errors) WithSingleProvider(SeedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var providers = document.Providers ?? [];
        if (providers.Count > 1)
        {
            return (document, ["providers: a tenant document declares at most one provider"]);
        }

        if (providers is [{ Id: { } id }] && !IsTenantName(id))
        {
            return (document, [$"providers[0]: id '{id}' must match {NamePattern()} to name a tenant"]);
        }

        var provider = providers is [{ Id: { } given }] ? given : ImplicitProvider;
        return (document with
        {
            Providers = providers.Count == 0 ? [new SeedProvider(provider)] : providers,
            Organizations = document.Organizations?.Select(o => o is { Provider: null } ? o with { Provider = provider } : o).ToList(),
            Users = document.Users?.Select(u => u is { Role: Roles.Provider, Provider: null } ? u with { Provider = provider } : u).ToList(),
        }, []);
    }

    public static bool IsTenantName(string name) => NamePattern().IsMatch(name);

    public static string NewTenantName() => $"tenant-{ObjectIds.New()[..8]}";

    /// <summary>
    /// Maps a valid tenant document onto global ids: organizations, sections and groups take the next free integers,
    /// businesses and users fresh object ids; API keys become <c>&lt;tenant&gt;-&lt;api_key&gt;</c>, and users without one get a new key.
    /// </summary>
    public static (SeedDocument Global, TenantCreatedResponse Created) Globalize(SeedDocument local, string tenant, NextIds next)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(next);
        var orgs = new Dictionary<int, int>();
        var sections = new Dictionary<int, int>();
        var groups = new Dictionary<int, int>();
        var businesses = new Dictionary<string, string>(StringComparer.Ordinal);

        var globalOrgs = (local.Organizations ?? []).Select(o => o with { OrgId = orgs[o.OrgId!.Value] = next.Organization++, Provider = tenant }).ToList();
        var globalBusinesses = (local.Businesses ?? []).Select(b =>
        {
            var id = ObjectIds.New();
            if (b.Id is not null)
            {
                businesses[b.Id] = id;
            }

            return b with { Id = id, OrgId = orgs[b.OrgId!.Value] };
        }).ToList();
        var globalSections = (local.Sections ?? []).Select(s =>
        {
            var sectionId = next.Section++;
            if (s.Id is { } localSection)
            {
                sections[localSection] = sectionId;
            }

            return s with
            {
                Id = sectionId,
                OrgId = orgs[s.OrgId!.Value],
                Groups = [.. (s.Groups ?? []).Select(g =>
                {
                    var groupId = next.Group++;
                    if (g.Id is { } localGroup)
                    {
                        groups[localGroup] = groupId;
                    }

                    return g with { Id = groupId, BusinessIds = g.BusinessIds?.Select(b => businesses[b]).ToList() };
                })],
            };
        }).ToList();
        var globalUsers = (local.Users ?? []).Select(u => u with
        {
            Id = ObjectIds.New(),
            OrgId = u.OrgId is { } orgId ? orgs[orgId] : null,
            Provider = u.Role == Roles.Provider ? tenant : null,
            ApiKey = u.ApiKey is { } key ? $"{tenant}-{key}" : ApiKeySecrets.New(),
            Accesses = u.Accesses?.Select(access => access.Select(g => groups[g]).ToList()).ToList(),
            BusinessIds = u.BusinessIds?.Select(b => businesses[b]).ToList(),
        }).ToList();

        var global = SeedResolver.Resolve(new SeedDocument([new SeedProvider(tenant)], globalOrgs, globalBusinesses, globalSections, globalUsers));
        var created = new TenantCreatedResponse(
            tenant,
            Keyed(orgs),
            Keyed(sections),
            Keyed(groups),
            businesses,
            [.. globalUsers.Select(u => new TenantUserResponse(u.Id!, u.Email!, u.Role!, u.ApiKey!))]);
        return (global, created);
    }

    private static Dictionary<string, int> Keyed(Dictionary<int, int> ids) =>
        ids.ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value, StringComparer.Ordinal);

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}

/// <summary>The next free organization, section and group ids, taken in turn while a tenant is globalized.</summary>
public sealed class NextIds
{
    public int Organization { get; set; }

    public int Section { get; set; }

    public int Group { get; set; }
}

using System.Globalization;

namespace PartooGroups.Api.Tests.Isolation;

/// <summary>One organization of isolation-seed.json, with the ids the seed gives it.</summary>
public sealed record SeedOrg(int Id, string Alias, string Provider)
{
    /// <summary>Its one section, Region.</summary>
    public int Section => Id * 10;

    /// <summary>Group East of Region, holding <see cref="EastBusiness"/>; the group manager's only access.</summary>
    public int EastGroup => (Id * 100) + 1;

    /// <summary>Group West of Region, holding <see cref="WestBusiness"/>.</summary>
    public int WestGroup => (Id * 100) + 2;

    public string EastBusiness => string.Create(CultureInfo.InvariantCulture, $"{new string('0', 22)}{Id}1");

    /// <summary>The business manager's only business.</summary>
    public string WestBusiness => string.Create(CultureInfo.InvariantCulture, $"{new string('0', 22)}{Id}2");

    public IReadOnlyList<string> Businesses => [EastBusiness, WestBusiness];

    /// <summary>The ids of its users, one per role, in <see cref="IsolationSeed.OrgRoles"/> order.</summary>
    public IReadOnlyList<string> Users => [.. IsolationSeed.OrgRoles.Select((_, index) => UserId(index))];

    public string BusinessManager => UserId(3);

    /// <summary>The business manager's API key id: keys are numbered in the order of the seed's users.</summary>
    public int BusinessManagerKeyId => KeyId(3);

    public string UserId(int roleIndex) => string.Create(CultureInfo.InvariantCulture, $"{new string('f', 22)}{Id}{roleIndex + 1}");

    /// <summary>Users are listed as the two providers, then five per organization in id order.</summary>
    public int KeyId(int roleIndex) => 2 + ((Id - 1) * IsolationSeed.OrgRoles.Count) + roleIndex + 1;

    public override string ToString() => Alias;
}

/// <summary>A user of isolation-seed.json that the matrix calls with.</summary>
public sealed record SeedCaller(string Role, string Provider, SeedOrg? Org, string UserId, string Key, int KeyId)
{
    public string Name => Org is null ? $"{Role}@{Provider}" : $"{Role}@{Org.Alias}";

    public bool IsProvider => Org is null;

    /// <summary>The organizations in the caller's scope.</summary>
    public IReadOnlyList<SeedOrg> OwnOrgs => Org is null ? [.. IsolationSeed.Orgs.Where(o => o.Provider == Provider)] : [Org];

    /// <summary>The organization the caller names when it needs one of its own.</summary>
    public SeedOrg Home => OwnOrgs[0];

    /// <summary>Every organization outside the caller's scope: the other one of its provider and those of the other provider.</summary>
    public IReadOnlyList<SeedOrg> ForeignOrgs => [.. IsolationSeed.Orgs.Where(o => !OwnOrgs.Contains(o))];

    public override string ToString() => Name;
}

/// <summary>
/// isolation-seed.json: providers north (organizations 1 north_home, 2 north_next) and south (3 south_home, 4 south_next).
/// Each organization has two businesses, section Region {East, West} with one business each, and one user of every role
/// (the group manager's access is [[East]], the business manager has the West business). Every organization and both
/// providers call; the seed is symmetric, so what holds for north holds for south.
/// </summary>
public static class IsolationSeed
{
    public const string FileName = "isolation-seed.json";

    public static readonly IReadOnlyList<string> OrgRoles = ["ORG_ADMIN", "ORG_MANAGER", "GROUP_MANAGER", "BUSINESS_MANAGER", "PUBLISHER"];

    private static readonly string[] KeySuffixes = ["admin", "manager", "gm", "bm", "publisher"];

    public static readonly IReadOnlyList<SeedOrg> Orgs =
    [
        new(1, "north_home", "north"),
        new(2, "north_next", "north"),
        new(3, "south_home", "south"),
        new(4, "south_next", "south"),
    ];

    public static readonly IReadOnlyList<SeedCaller> Callers =
    [
        new("PROVIDER", "north", null, "ffffffffffffffffffffff01", "north-provider-key", 1),
        new("PROVIDER", "south", null, "ffffffffffffffffffffff02", "south-provider-key", 2),
        .. Orgs.SelectMany(org => OrgRoles.Select((role, index) =>
            new SeedCaller(role, org.Provider, org, org.UserId(index), $"{org.Alias}-{KeySuffixes[index]}-key", org.KeyId(index)))),
    ];

    public static SeedCaller Caller(string name) => Callers.Single(c => c.Name == name);

    public static SeedOrg Org(string alias) => Orgs.Single(o => o.Alias == alias);

    /// <summary>The users in the provider: its PROVIDER user and every user of its organizations.</summary>
    public static IReadOnlyList<string> UsersOf(string provider) =>
        [.. Callers.Where(c => c.Provider == provider && c.IsProvider).Select(c => c.UserId),
         .. Orgs.Where(o => o.Provider == provider).SelectMany(o => o.Users)];
}

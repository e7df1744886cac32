using System.Globalization;
using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Isolation;

/// <summary>One request and the exact answer the contract gives it.</summary>
public sealed record Attempt(HttpMethod Method, string Path, string? Body, HttpStatusCode Status, string ExpectedJson)
{
    public static Attempt Forbidden(HttpMethod method, string path, string? body = null) =>
        new(method, path, body, HttpStatusCode.Forbidden, ErrorBodies.Forbidden);

    public static Attempt NotFound(HttpMethod method, string path, string? body = null) =>
        new(method, path, body, HttpStatusCode.NotFound, ErrorBodies.NotFound);

    /// <summary>Whether the attempt may write when it is wrongly let through (anything but GET).</summary>
    public bool IsWrite => Method != HttpMethod.Get;
}

/// <summary>
/// Every /v2 route, aimed by a caller at an organization outside its scope. The contract (section 2) checks
/// authentication, then existence of the path ids, then role and scope: the ids all exist, so the answer is 403,
/// whatever the caller's role; a group named under a section it is not in does not exist there, so that is 404.
/// searchOrganizations is the one exception: its <c>org_id</c> only filters what the caller sees, so it lists nothing.
/// </summary>
public static class ForeignAttempts
{
    public const string NewOrganization = "a new organization";
    private const string Name = """{"name":"Intruder"}""";

    /// <summary>Both providers, and every role of one organization of each provider.</summary>
    public static readonly IReadOnlyList<SeedCaller> Callers =
        [.. IsolationSeed.Callers.Where(c => c.IsProvider || c.Org!.Alias.EndsWith("_home", StringComparison.Ordinal))];

    /// <summary>Routes aimed at one organization: its section, group, business, business manager and that user's key.</summary>
    private static readonly (string Operation, Func<SeedCaller, SeedOrg, Attempt> Build)[] Targeted =
    [
        ("getGroupSections", (_, t) => Attempt.Forbidden(HttpMethod.Get, Query(Routes.Sections, t))),
        ("createGroupSection", (_, t) => Attempt.Forbidden(HttpMethod.Post, Routes.Sections, WithOrg(t))),
        ("getGroupSectionById", (_, t) => Attempt.Forbidden(HttpMethod.Get, Routes.Section(t.Section))),
        ("updateGroupSection", (_, t) => Attempt.Forbidden(HttpMethod.Post, Routes.Section(t.Section), Name)),
        ("deleteGroupSection", (_, t) => Attempt.Forbidden(HttpMethod.Delete, Routes.Section(t.Section))),
        ("createGroup", (_, t) => Attempt.Forbidden(HttpMethod.Post, Routes.Groups(t.Section), Name)),
        ("getGroup", (_, t) => Attempt.Forbidden(HttpMethod.Get, Routes.Group(t.Section, t.EastGroup))),
        ("updateGroup", (_, t) => Attempt.Forbidden(HttpMethod.Post, Routes.Group(t.Section, t.EastGroup), Name)),
        ("deleteGroup", (_, t) => Attempt.Forbidden(HttpMethod.Delete, Routes.Group(t.Section, t.EastGroup))),
        ("searchOrganizations", (_, t) => new Attempt(
            HttpMethod.Get, Query("/v2/org/search", t), null, HttpStatusCode.OK, """{"page":1,"max_page":1,"count":0,"orgs":[]}""")),
        ("getOrganization", (_, t) => Attempt.Forbidden(HttpMethod.Get, Organization(t))),
        ("updateOrganization", (_, t) => Attempt.Forbidden(HttpMethod.Post, Organization(t), Name)),
        ("deleteOrganization", (_, t) => Attempt.Forbidden(HttpMethod.Delete, Organization(t) + "?force=true")),
        ("createBusiness", (_, t) => Attempt.Forbidden(HttpMethod.Post, "/v2/business", WithOrg(t))),
        ("searchBusinesses", (_, t) => Attempt.Forbidden(HttpMethod.Get, Query("/v2/business/search", t))),
        ("getBusiness", (_, t) => Attempt.Forbidden(HttpMethod.Get, $"/v2/business/{t.EastBusiness}")),
        ("updateBusiness", (_, t) => Attempt.Forbidden(HttpMethod.Post, $"/v2/business/{t.EastBusiness}", Name)),
        ("deleteBusiness", (_, t) => Attempt.Forbidden(HttpMethod.Delete, $"/v2/business/{t.EastBusiness}")),
        ("createUser", (c, t) => Attempt.Forbidden(HttpMethod.Post, Routes.Users, string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"email":"intruder@org{{t.Id}}.example","first_name":"In","last_name":"Truder","org_id":{{t.Id}},"role":"{{GrantableRole(c)}}"}"""))),
        ("searchUsers", (_, t) => Attempt.Forbidden(HttpMethod.Get, Query(Routes.UserSearch, t))),
        ("getUser", (_, t) => Attempt.Forbidden(HttpMethod.Get, Routes.User(t.BusinessManager))),
        ("updateUser", (_, t) => Attempt.Forbidden(HttpMethod.Post, Routes.User(t.BusinessManager), """{"first_name":"Intruder"}""")),
        ("deleteUser", (_, t) => Attempt.Forbidden(HttpMethod.Delete, Routes.User(t.BusinessManager))),
        ("createApiKey", (_, t) => Attempt.Forbidden(HttpMethod.Post, Routes.ApiKeys, $$"""{"user_id":"{{t.BusinessManager}}"}""")),
        ("revokeApiKey", (_, t) => Attempt.Forbidden(HttpMethod.Post, Routes.RevokeApiKey(t.BusinessManagerKeyId))),
    ];

    /// <summary>
    /// Requests on the caller's own organization that name a foreign group or business in the body or the query: the
    /// foreign id is as unknown as a made-up one (400 on its field, or nothing listed), and moving a user there is 403.
    /// Made by the roles that may do all of them (PROVIDER and ORG_ADMIN), so that only the foreign id can refuse them.
    /// </summary>
    private static readonly (string Operation, string Naming, Func<SeedOrg, SeedOrg, Attempt> Build)[] References =
    [
        ("createGroup", "business in business__in", (own, t) => Invalid(
            HttpMethod.Post, Routes.Groups(own.Section), $$"""{"name":"Intruder","business__in":["{{t.EastBusiness}}"]}""",
            "business__in", $"Unknown or inaccessible business ids: {t.EastBusiness}")),
        ("updateGroup", "business in business__in", (own, t) => Invalid(
            HttpMethod.Post, Routes.Group(own.Section, own.EastGroup), $$"""{"business__in":["{{t.EastBusiness}}"]}""",
            "business__in", $"Unknown or inaccessible business ids: {t.EastBusiness}")),
        ("createBusiness", "group in groups", (own, t) => Invalid(
            HttpMethod.Post, "/v2/business", Json($$"""{"name":"Intruder","org_id":{{own.Id}},"groups":[{{t.EastGroup}}]}"""),
            "groups", Json($"Unknown group ids: {t.EastGroup}"))),
        ("updateBusiness", "group in groups", (own, t) => Invalid(
            HttpMethod.Post, $"/v2/business/{own.EastBusiness}", Json($$"""{"groups":[{{t.EastGroup}}]}"""),
            "groups", Json($"Unknown group ids: {t.EastGroup}"))),
        ("searchBusinesses", "group in groups", (_, t) => Invalid(
            HttpMethod.Get, Json($"/v2/business/search?groups={t.EastGroup}"), null, "groups", Json($"Unknown group ids: {t.EastGroup}"))),
        ("searchBusinesses", "business in business__in", (_, t) => new Attempt(
            HttpMethod.Get, $"/v2/business/search?business__in={t.EastBusiness}", null, HttpStatusCode.OK,
            """{"page":1,"max_page":1,"count":0,"businesses":[]}""")),
        ("createUser", "group in accesses", (own, t) => Invalid(
            HttpMethod.Post, Routes.Users, NewUser(own, Json($"\"role\":\"GROUP_MANAGER\",\"accesses\":[[{t.EastGroup}]]")),
            "accesses", Json($"Unknown group ids for this organization: {t.EastGroup}"))),
        ("createUser", "business in business_ids", (own, t) => Invalid(
            HttpMethod.Post, Routes.Users, NewUser(own, $"\"role\":\"BUSINESS_MANAGER\",\"business_ids\":[\"{t.EastBusiness}\"]"),
            "business_ids", $"Unknown or inaccessible business ids: {t.EastBusiness}")),
        ("updateUser", "group in accesses", (own, t) => Invalid(
            HttpMethod.Post, Routes.User(own.UserId(2)), Json($$"""{"accesses":[[{{t.EastGroup}}]]}"""),
            "accesses", Json($"Unknown group ids for this organization: {t.EastGroup}"))),
        ("updateUser", "business in business_ids", (own, t) => Invalid(
            HttpMethod.Post, Routes.User(own.BusinessManager), $$"""{"business_ids":["{{t.EastBusiness}}"]}""",
            "business_ids", $"Unknown or inaccessible business ids: {t.EastBusiness}")),
        ("updateUser", "organization in org_id", (own, t) => Attempt.Forbidden(
            HttpMethod.Post, Routes.User(own.BusinessManager), Json($$"""{"org_id":{{t.Id}}}"""))),
    ];

    /// <summary>A group id and a section id that both exist, one the caller's and one foreign: the pair does not exist.</summary>
    private static readonly string[] GroupOperations = ["getGroup", "updateGroup", "deleteGroup"];

    private static readonly Lazy<Dictionary<(string, string, string), Attempt>> Index =
        new(() => All().ToDictionary(row => (row.Caller, row.Operation, row.Target), row => row.Attempt));

    /// <summary>The rows: (caller, operationId, target) with the attempt, in a stable order.</summary>
    public static IEnumerable<(string Caller, string Operation, string Target, Attempt Attempt)> All()
    {
        foreach (var caller in Callers)
        {
            foreach (var target in TargetsOf(caller))
            {
                foreach (var (operation, build) in Targeted)
                {
                    yield return (caller.Name, operation, target.Alias, build(caller, target));
                }

                foreach (var operation in GroupOperations)
                {
                    var own = caller.Home;
                    yield return (caller.Name, operation, $"{target.Alias} group under own section",
                        Mixed(operation, Routes.Group(own.Section, target.EastGroup)));
                    yield return (caller.Name, operation, $"own group under {target.Alias} section",
                        Mixed(operation, Routes.Group(target.Section, own.EastGroup)));
                }
            }

            foreach (var target in TargetsOf(caller).Where(_ => caller.Role is "PROVIDER" or "ORG_ADMIN"))
            {
                foreach (var (operation, naming, build) in References)
                {
                    yield return (caller.Name, operation, $"{target.Alias} {naming}", build(caller.Home, target));
                }
            }

            if (!caller.IsProvider)
            {
                yield return (caller.Name, "createOrganization", NewOrganization,
                    Attempt.Forbidden(HttpMethod.Post, Routes.Organizations, """{"name":"Intruder","alias":"intruder"}"""));
            }
        }
    }

    public static Attempt Find(string caller, string operation, string target) => Index.Value[(caller, operation, target)];

    /// <summary>
    /// A PROVIDER: both organizations of the other provider. Any other role: the other organization of its provider and
    /// the other provider's first organization.
    /// </summary>
    public static IReadOnlyList<SeedOrg> TargetsOf(SeedCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsProvider
            ? caller.ForeignOrgs
            : [.. caller.ForeignOrgs.Where(o => o.Provider == caller.Provider || o.Alias.EndsWith("_home", StringComparison.Ordinal))];
    }

    /// <summary>A role the caller may give, so that a refusal comes from the target organization, not from the role.</summary>
    private static string GrantableRole(SeedCaller caller) => caller.Role switch
    {
        "PROVIDER" or "ORG_ADMIN" => "ORG_ADMIN",
        "GROUP_MANAGER" => "BUSINESS_MANAGER",
        _ => "PUBLISHER",
    };

    private static Attempt Invalid(HttpMethod method, string path, string? body, string field, string message) =>
        new(method, path, body, HttpStatusCode.BadRequest, ErrorBodies.Field(field, message));

    private static string NewUser(SeedOrg own, string assignment) => Json(
        $$"""{"email":"intruder@org{{own.Id}}.example","first_name":"In","last_name":"Truder","org_id":{{own.Id}},{{assignment}}}""");

    private static string Json(FormattableString text) => FormattableString.Invariant(text);

    private static Attempt Mixed(string operation, string path) => operation switch
    {
        "getGroup" => Attempt.NotFound(HttpMethod.Get, path),
        "updateGroup" => Attempt.NotFound(HttpMethod.Post, path, Name),
        _ => Attempt.NotFound(HttpMethod.Delete, path),
    };

    private static string Organization(SeedOrg org) => string.Create(CultureInfo.InvariantCulture, $"{Routes.Organizations}/{org.Id}");

    private static string Query(string path, SeedOrg org) => string.Create(CultureInfo.InvariantCulture, $"{path}?org_id={org.Id}");

    private static string WithOrg(SeedOrg org) => string.Create(CultureInfo.InvariantCulture, $$"""{"name":"Intruder","org_id":{{org.Id}}}""");
}

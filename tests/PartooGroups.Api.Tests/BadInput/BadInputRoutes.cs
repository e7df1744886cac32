using System.Globalization;
using PartooGroups.Api.Tests.Infrastructure;
using static PartooGroups.Api.Tests.BadInput.BodyField;

namespace PartooGroups.Api.Tests.BadInput;

/// <summary>
/// Every /v2 route, in the six groups of the README's route table. <see cref="BadInputCoverageTests"/> fails when the
/// served route table, a route's declared query parameters or a request body's fields differ from this list.
/// </summary>
public static class BadInputRoutes
{
    public const string Sections = "sections";
    public const string Groups = "groups";
    public const string Organizations = "org";
    public const string Businesses = "business";
    public const string Users = "user";
    public const string ApiKeys = "api_keys";

    private const string UniqueName = """{"name":"@unique"}""";

    private static readonly Dictionary<string, string> NoIds = [];

    private static readonly Dictionary<string, string> Section = new() { ["section_id"] = Id(DemoData.CategorySection) };

    private static readonly Dictionary<string, string> Group = new()
    {
        ["section_id"] = Id(DemoData.CountrySection),
        ["group_id"] = Id(DemoData.Italy),
    };

    private static readonly Dictionary<string, string> Org = new() { ["org_id"] = Id(DemoData.Org1) };

    private static readonly Dictionary<string, string> Business = new() { ["business_id"] = DemoData.Marseille };

    private static readonly Dictionary<string, string> User = new() { ["user_id"] = DemoData.PublisherUser };

    private static readonly Dictionary<string, string> PublisherKey = new() { ["api_key_id"] = "6" };

    private static readonly BodyField[] UserFields =
    [
        ClosedText("email"),
        BoundedText("first_name", nonBlank: true),
        BoundedText("last_name", nonBlank: true),
        ClosedText("role"),
        Of("org_id", FieldKind.NumberOrNumericString),
        Of("accesses", FieldKind.NumberListList),
        Of("business_ids", FieldKind.TextList),
        ClosedText("lang"),
        BoundedText("phone"),
        ClosedText("status"),
        Of("send_invitation", FieldKind.LenientBoolean),
        FreeText("password"),
        FreeText("custom_role"),
        Of("sso_only", FieldKind.Boolean),
        Of("sidebar_pages", FieldKind.TextList),
    ];

    public static IReadOnlyList<BadInputRoute> All { get; } =
    [
        new(Sections, "getGroupSections", "GET", "/v2/sections", DemoData.OrgAdminKey, NoIds,
            Scalars: ["page", "org_id", "group_name_query"]),
        new(Sections, "createGroupSection", "POST", "/v2/sections", DemoData.OrgAdminKey, NoIds, UniqueName,
            [PartooName(), Of("org_id", FieldKind.NumberOrNumericString)]),
        new(Sections, "getGroupSectionById", "GET", "/v2/sections/{section_id}", DemoData.OrgAdminKey, Section),
        new(Sections, "updateGroupSection", "POST", "/v2/sections/{section_id}", DemoData.OrgAdminKey, Section, UniqueName,
            [PartooName()]),
        new(Sections, "deleteGroupSection", "DELETE", "/v2/sections/{section_id}", DemoData.OrgAdminKey, Section),

        new(Groups, "createGroup", "POST", "/v2/sections/{section_id}/groups", DemoData.OrgAdminKey, Section,
            """{"name":"@unique","business__in":[]}""", [PartooName(), Of("business__in", FieldKind.TextList)]),
        new(Groups, "getGroup", "GET", "/v2/sections/{section_id}/groups/{group_id}", DemoData.OrgAdminKey, Group),
        new(Groups, "updateGroup", "POST", "/v2/sections/{section_id}/groups/{group_id}", DemoData.OrgAdminKey, Group, UniqueName,
            [new("name", FieldKind.Text, NonBlank: true, Bounded: true, NoControl: true), Of("business__in", FieldKind.TextList)]),
        new(Groups, "deleteGroup", "DELETE", "/v2/sections/{section_id}/groups/{group_id}", DemoData.OrgAdminKey, Group),

        new(Organizations, "createOrganization", "POST", "/v2/org", DemoData.ProviderKey, NoIds, UniqueName,
            [BoundedText("name", required: true), ClosedText("alias"), Of("max_businesses", FieldKind.Number)]),
        new(Organizations, "searchOrganizations", "GET", "/v2/org/search", DemoData.ProviderKey, NoIds,
            Scalars: ["query", "alias", "org_id", "page", "per_page"]),
        new(Organizations, "getOrganization", "GET", "/v2/org/{org_id}", DemoData.ProviderKey, Org),
        new(Organizations, "updateOrganization", "POST", "/v2/org/{org_id}", DemoData.ProviderKey, Org, UniqueName,
            [BoundedText("name", nonBlank: true), ClosedText("alias"), Of("max_businesses", FieldKind.Number)]),
        new(Organizations, "deleteOrganization", "DELETE", "/v2/org/{org_id}", DemoData.ProviderKey, Org, """{"force":false}""",
            [Of("force", FieldKind.LenientBoolean)], Scalars: ["force"]),

        new(Businesses, "createBusiness", "POST", "/v2/business", DemoData.OrgAdminKey, NoIds, UniqueName,
        [
            BoundedText("name", required: true), Of("org_id", FieldKind.NumberOrNumericString), ClosedText("reach"),
            BoundedText("code"), BoundedText("city"), BoundedText("zipcode"), BoundedText("country"), Of("groups", FieldKind.NumberList),
        ]),
        new(Businesses, "searchBusinesses", "GET", "/v2/business/search", DemoData.OrgAdminKey, NoIds,
            Scalars: ["org_id", "query", "page", "per_page"], Lists: ["groups", "business__in"]),
        new(Businesses, "getBusiness", "GET", "/v2/business/{business_id}", DemoData.OrgAdminKey, Business),
        new(Businesses, "updateBusiness", "POST", "/v2/business/{business_id}", DemoData.OrgAdminKey, Business, """{"city":"@unique"}""",
        [
            BoundedText("name", nonBlank: true), ClosedText("reach"), BoundedText("code"), BoundedText("city"), BoundedText("zipcode"),
            BoundedText("country"), ClosedText("status"), Of("groups", FieldKind.NumberList),
        ]),
        new(Businesses, "deleteBusiness", "DELETE", "/v2/business/{business_id}", DemoData.OrgAdminKey, Business),

        new(Users, "createUser", "POST", "/v2/user", DemoData.OrgAdminKey, NoIds,
            """{"email":"@unique@example.com","first_name":"Ann","last_name":"Lee","role":"PUBLISHER"}""",
            [
                ClosedText("email") with { Required = true, NullRefused = true },
                BoundedText("first_name", required: true),
                BoundedText("last_name", required: true),
                .. UserFields.Skip(3),
            ]),
        new(Users, "getMe", "GET", "/v2/user/me", DemoData.OrgAdminKey, NoIds),
        new(Users, "searchUsers", "GET", "/v2/user/search", DemoData.OrgAdminKey, NoIds,
            Scalars: ["email", "org_id", "query", "status", "disabled", "page", "per_page"], Lists: ["role"]),
        new(Users, "getUser", "GET", "/v2/user/{user_id}", DemoData.OrgAdminKey, User),
        new(Users, "updateUser", "POST", "/v2/user/{user_id}", DemoData.OrgAdminKey, User, """{"first_name":"@unique"}""",
            [.. UserFields, Of("disabled", FieldKind.Boolean)]),
        new(Users, "deleteUser", "DELETE", "/v2/user/{user_id}", DemoData.OrgAdminKey, User),

        new(ApiKeys, "createApiKey", "POST", "/v2/api_keys", DemoData.OrgAdminKey, NoIds, """{"label":"@unique"}""",
            [FreeText("label"), ClosedText("user_id")]),
        new(ApiKeys, "listApiKeys", "GET", "/v2/api_keys", DemoData.OrgAdminKey, NoIds, Scalars: ["status", "page", "per_page"]),
        new(ApiKeys, "revokeApiKey", "POST", "/v2/api_keys/revoke/{api_key_id}", DemoData.OrgAdminKey, PublisherKey),
    ];

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}

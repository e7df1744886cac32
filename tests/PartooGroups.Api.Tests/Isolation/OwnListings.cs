using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Isolation;

/// <summary>A list route called with no filter: where its items are in the body and which ones the caller must get.</summary>
public sealed record Listing(string Path, Func<JsonNode, IEnumerable<string>> Items, IReadOnlyList<string> Expected);

/// <summary>
/// The routes that list what the caller may see, or the caller itself. Each must list exactly the caller's own items
/// (so a test fails on a foreign item and on a missing own one): a PROVIDER those of its provider's organizations, another
/// role those of its organization, narrowed by its business scope or its rights on users.
/// </summary>
public static class OwnListings
{
    public static readonly IReadOnlyList<string> Operations =
        ["getGroupSections", "searchOrganizations", "searchBusinesses", "searchUsers", "listApiKeys", "getMe"];

    public static Listing For(SeedCaller caller, string operation)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return operation switch
        {
            "getGroupSections" => new(
                Routes.Sections,
                body => Array("sections", body).SelectMany(s =>
                    s["groups"]!.AsArray().Select(g => $"group {g!["id"]}").Prepend($"section {s["id"]}")),
                [.. caller.OwnOrgs.SelectMany(o => new[] { $"section {o.Section}", $"group {o.EastGroup}", $"group {o.WestGroup}" })]),
            "searchOrganizations" => new(
                "/v2/org/search",
                body => Array("orgs", body).Select(o => o["org_id"]!.ToJsonString()),
                [.. caller.OwnOrgs.Select(o => o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]),
            "searchBusinesses" => new(
                "/v2/business/search",
                body => Array("businesses", body).Select(b => b["id"]!.GetValue<string>()),
                caller.Role switch
                {
                    "GROUP_MANAGER" => [caller.Home.EastBusiness],
                    "BUSINESS_MANAGER" => [caller.Home.WestBusiness],
                    _ => [.. caller.OwnOrgs.SelectMany(o => o.Businesses)],
                }),
            "searchUsers" => new(
                Routes.UserSearch,
                body => Array("users", body).Select(u => u["id"]!.GetValue<string>()),
                ReadableUsers(caller)),
            "listApiKeys" => new(
                Routes.ApiKeys,
                body => Array("api_keys", body).Select(k => k["user_id"]!.GetValue<string>()),
                caller.Role == "ORG_MANAGER" ? [caller.UserId] : ReadableUsers(caller)),
            "getMe" => new(Routes.Me, body => [body["id"]!.GetValue<string>()], [caller.UserId]),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a list route."),
        };
    }

    /// <summary>
    /// A PROVIDER reads every user of its provider, ORG_ADMIN and ORG_MANAGER every user of their organization, the others
    /// themselves (the group manager's West-only business manager is outside its [[East]] scope).
    /// </summary>
    private static IReadOnlyList<string> ReadableUsers(SeedCaller caller) => caller.Role switch
    {
        "PROVIDER" => IsolationSeed.UsersOf(caller.Provider),
        "ORG_ADMIN" or "ORG_MANAGER" => caller.Home.Users,
        _ => [caller.UserId],
    };

    private static IEnumerable<JsonNode> Array(string name, JsonNode body)
    {
        Assert.Equal(body[name]!.AsArray().Count, body["count"]!.GetValue<int>());
        return body[name]!.AsArray().Select(item => item!);
    }
}

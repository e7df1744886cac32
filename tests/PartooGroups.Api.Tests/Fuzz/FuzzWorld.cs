using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartooGroups.Api.Tests.Fuzz;

internal sealed record WorldGroup(int Id, string Name, bool HasPuller, string[] BusinessIds);

internal sealed record WorldSection(int Id, int OrgId, string Name, bool HasPuller, WorldGroup[] Groups);

internal sealed record WorldUser(string ApiKey, string Role, string? Provider, int? OrgId, int[][] Accesses, string[] BusinessIds);

/// <summary>
/// The start data of the fuzzing: two providers, three organizations, sections with and without a puller, and a user
/// of every role. It is written as a seed file (contract section 4) for the sandbox, and it is the model's start state.
/// </summary>
internal static class FuzzWorld
{
    public const string ProviderA = "fuzz-a";
    public const string ProviderB = "fuzz-b";

    public static readonly IReadOnlyDictionary<int, string> Organizations = new Dictionary<int, string>
    {
        [1] = ProviderA,
        [2] = ProviderA,
        [3] = ProviderB,
    };

    /// <summary>Business ids by organization: 24 lowercase hex characters, the organization in the first two.</summary>
    public static readonly IReadOnlyDictionary<int, string[]> Businesses = new Dictionary<int, string[]>
    {
        [1] = [.. Enumerable.Range(1, 6).Select(n => BusinessId(1, n))],
        [2] = [.. Enumerable.Range(1, 3).Select(n => BusinessId(2, n))],
        [3] = [.. Enumerable.Range(1, 3).Select(n => BusinessId(3, n))],
    };

    public static readonly WorldSection[] Sections =
    [
        new(1, 1, "Country", false, [new(1, "France", false, [B(1, 1), B(1, 2), B(1, 3)]), new(2, "Italy", false, [B(1, 4), B(1, 5)])]),
        new(2, 1, "Category", false, [new(3, "Bakery", false, [B(1, 1), B(1, 4)]), new(4, "Florist", false, [B(1, 2), B(1, 5), B(1, 6)])]),
        new(3, 1, "Synced formats", true, [new(5, "Flagship", true, [B(1, 1)]), new(11, "Manual", false, [B(1, 2)])]),
        new(4, 1, "Mixed", false, [new(6, "Pulled", true, [B(1, 3)]), new(7, "Free", false, [])]),
        new(5, 2, "Région", false, [new(8, "Île-de-France", false, [B(2, 1), B(2, 2)])]),
        new(6, 3, "Zone", false, [new(9, "North", false, [B(3, 1), B(3, 2)]), new(10, "South", false, [B(3, 3)])]),
    ];

    public static readonly WorldUser[] Users =
    [
        new("fz-provider-a", "PROVIDER", ProviderA, null, [], []),
        new("fz-provider-b", "PROVIDER", ProviderB, null, [], []),
        new("fz-admin-1", "ORG_ADMIN", null, 1, [], []),
        new("fz-manager-1", "ORG_MANAGER", null, 1, [], []),
        new("fz-gm-1", "GROUP_MANAGER", null, 1, [[1, 3], [2]], []),
        new("fz-gm-florist", "GROUP_MANAGER", null, 1, [[4], [7]], []),
        new("fz-gm-none", "GROUP_MANAGER", null, 1, [], []),
        new("fz-bm-1", "BUSINESS_MANAGER", null, 1, [], [B(1, 3), B(1, 5)]),
        new("fz-publisher-1", "PUBLISHER", null, 1, [], []),
        new("fz-admin-2", "ORG_ADMIN", null, 2, [], []),
        new("fz-gm-2", "GROUP_MANAGER", null, 2, [[8]], []),
        new("fz-admin-3", "ORG_ADMIN", null, 3, [], []),
        new("fz-gm-3", "GROUP_MANAGER", null, 3, [[9, 10]], []),
    ];

    public static string BusinessId(int orgId, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{orgId:x2}{number:x22}");

    /// <summary>Writes the world as a seed file in the temp folder and returns its path.</summary>
    public static string WriteSeedFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"partoo-fuzz-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, SeedDocument().ToJsonString());
        return path;
    }

    private static string B(int orgId, int number) => BusinessId(orgId, number);

    private static JsonObject SeedDocument() => new()
    {
        ["providers"] = Array(new[] { ProviderA, ProviderB }.Select(id => new JsonObject { ["id"] = id })),
        ["organizations"] = Array(Organizations.Select(o => new JsonObject
        {
            ["org_id"] = o.Key,
            ["name"] = $"Fuzz organization {o.Key}",
            ["alias"] = $"fuzz_org_{o.Key}",
            ["provider"] = o.Value,
        })),
        ["businesses"] = Array(Businesses.SelectMany(o => o.Value.Select(id => new JsonObject
        {
            ["id"] = id,
            ["org_id"] = o.Key,
            ["name"] = $"Business {id}",
            ["reach"] = "LOCAL",
        }))),
        ["sections"] = Array(Sections.Select(s => new JsonObject
        {
            ["id"] = s.Id,
            ["org_id"] = s.OrgId,
            ["name"] = s.Name,
            ["has_puller"] = s.HasPuller,
            ["groups"] = Array(s.Groups.Select(g => new JsonObject
            {
                ["id"] = g.Id,
                ["name"] = g.Name,
                ["has_puller"] = g.HasPuller,
                ["business_ids"] = JsonSerializer.SerializeToNode(g.BusinessIds),
            })),
        })),
        ["users"] = Array(Users.Select((u, index) => new JsonObject
        {
            ["id"] = string.Create(CultureInfo.InvariantCulture, $"{index + 1:x24}"),
            ["email"] = $"{u.ApiKey}@fuzz.example",
            ["role"] = u.Role,
            ["provider"] = u.Provider,
            ["org_id"] = u.OrgId,
            ["api_key"] = u.ApiKey,
            ["accesses"] = JsonSerializer.SerializeToNode(u.Accesses),
            ["business_ids"] = JsonSerializer.SerializeToNode(u.BusinessIds),
        })),
    };

    private static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);
}

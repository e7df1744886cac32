using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>Users and API keys made through the API itself, and the vendor's User object spelled out as JSON.</summary>
public static partial class UserApi
{
    public static string UniqueEmail() => $"user-{Guid.NewGuid():N}@example.com";

    /// <summary>Creates a user from the JSON object <paramref name="json"/> and returns its id.</summary>
    public static async Task<string> CreateUserAsync(this HttpClient client, string json)
    {
        var response = await client.PostJsonAsync(Routes.Users, json);
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return body["id"]!.GetValue<string>();
    }

    /// <summary>Creates a user of organization 1 with a fresh email, plus the fields of the JSON object <paramref name="extraJson"/>.</summary>
    public static Task<string> CreateOrg1UserAsync(this HttpClient client, string role, string extraJson = "{}")
    {
        var body = new JsonObject
        {
            ["email"] = UniqueEmail(),
            ["first_name"] = "Test",
            ["last_name"] = "User",
            ["role"] = role,
            ["org_id"] = 1,
        };
        foreach (var (name, value) in JsonNode.Parse(extraJson)!.AsObject())
        {
            body[name] = value?.DeepClone();
        }

        return client.CreateUserAsync(body.ToJsonString());
    }

    /// <summary>Mints a key for <paramref name="userId"/> and returns its secret.</summary>
    public static async Task<string> MintKeyAsync(this HttpClient client, string userId)
    {
        var response = await client.PostJsonAsync(Routes.ApiKeys, $$"""{"user_id":"{{userId}}"}""");
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return body["api_key"]!.GetValue<string>();
    }

    /// <summary>The <c>created_at</c> of a JSON body, checked to be a unix time in seconds.</summary>
    public static long CreatedAt(JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var createdAt = body["created_at"]!.GetValue<long>();
        Assert.InRange(createdAt, 1_500_000_000, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        return createdAt;
    }

    public static bool IsObjectId(string id) => ObjectId().IsMatch(id);

    /// <summary>The vendor's User object with the sandbox's defaults (lang en, no phone, active, enabled).</summary>
    public static string UserJson(
        string id,
        int? orgId,
        string firstName,
        string lastName,
        string email,
        string role,
        long createdAt,
        string businessIdsJson = "[]",
        string accessesJson = "[]",
        string lang = "en",
        string? phone = null,
        string status = "active",
        bool disabled = false) =>
        $$"""
        {"id":"{{id}}","org_id":{{(orgId is { } org ? org.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}},
         "first_name":{{JsonSerializer.Serialize(firstName)}},"last_name":{{JsonSerializer.Serialize(lastName)}},
         "email":{{JsonSerializer.Serialize(email)}},"lang":"{{lang}}","phone":{{JsonSerializer.Serialize(phone)}},"role":"{{role}}",
         "provider":"{{DemoData.ProviderId}}","status":"{{status}}","disabled":{{(disabled ? "true" : "false")}},
         "business_ids":{{businessIdsJson}},"accesses":{{accessesJson}},"created_at":{{createdAt}}}
        """;

    [GeneratedRegex("^[0-9a-f]{24}$")]
    private static partial Regex ObjectId();
}

using System.Globalization;

namespace PartooGroups.Api.Tests.Infrastructure;

public static class Routes
{
    public const string Organizations = "/v2/org";

    public const string Users = "/v2/user";

    public const string Me = "/v2/user/me";

    public const string UserSearch = "/v2/user/search";

    public const string ApiKeys = "/v2/api_keys";

    public const string Sections = "/v2/sections";

    public static string Section(int sectionId) => string.Create(CultureInfo.InvariantCulture, $"/v2/sections/{sectionId}");

    public static string Groups(int sectionId) => string.Create(CultureInfo.InvariantCulture, $"/v2/sections/{sectionId}/groups");

    public static string Group(int sectionId, int groupId) => string.Create(CultureInfo.InvariantCulture, $"/v2/sections/{sectionId}/groups/{groupId}");

    public static string User(string userId) => $"/v2/user/{userId}";

    public static string RevokeApiKey(int apiKeyId) => string.Create(CultureInfo.InvariantCulture, $"/v2/api_keys/revoke/{apiKeyId}");
}

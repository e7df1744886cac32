using System.Globalization;

namespace PartooGroups.Api.Tests.Infrastructure;

public static class Routes
{
    public const string Organizations = "/v2/org";

    public static string Groups(int sectionId) => string.Create(CultureInfo.InvariantCulture, $"/v2/sections/{sectionId}/groups");

    public static string Group(int sectionId, int groupId) => string.Create(CultureInfo.InvariantCulture, $"/v2/sections/{sectionId}/groups/{groupId}");
}

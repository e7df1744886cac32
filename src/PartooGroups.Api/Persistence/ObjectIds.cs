using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace PartooGroups.Api.Persistence;

/// <summary>Business and user ids: 24 lowercase hexadecimal characters, as the vendor's.</summary>
public static partial class ObjectIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex(@"^[0-9a-f]{24}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

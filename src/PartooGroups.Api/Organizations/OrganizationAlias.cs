using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PartooGroups.Api.Organizations;

/// <summary>Organization aliases: <c>^[a-z0-9_]+$</c>, unique per provider, derived from the name when omitted.</summary>
public static partial class OrganizationAlias
{
    public const string AlreadyExists = "alias_already_exists";
    public const string Invalid = "String does not match expected pattern ^[a-z0-9_]+$.";
    public const int MaxLength = 255;

    public static bool IsValid(string alias) => alias.Length <= MaxLength && Pattern().IsMatch(alias);

    /// <summary>Lower case, accents dropped, other characters to <c>_</c>, a numeric suffix until it is free.</summary>
    public static string Derive(string name, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(isTaken);

        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '_');
        }

        var stem = builder.ToString().Trim('_');
        stem = stem.Length == 0 ? "org" : stem[..Math.Min(stem.Length, MaxLength - 12)];
        var alias = stem;
        for (var suffix = 2; isTaken(alias); suffix++)
        {
            alias = string.Create(CultureInfo.InvariantCulture, $"{stem}_{suffix}");
        }

        return alias;
    }

    [GeneratedRegex(@"^[a-z0-9_]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

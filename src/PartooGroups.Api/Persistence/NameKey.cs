using System.Globalization;
using System.Text;

namespace PartooGroups.Api.Persistence;

/// <summary>
/// The comparison key behind the case-insensitive uniqueness of names: every letter folded, not only ASCII
/// (<c>école</c> = <c>ÉCOLE</c>), composed and decomposed forms equal. Stored in its own column under a unique index.
/// </summary>
public static class NameKey
{
    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().Normalize(NormalizationForm.FormKC).ToUpperInvariant().ToLower(CultureInfo.InvariantCulture);
    }
}

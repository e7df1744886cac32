using System.Globalization;

namespace PartooGroups.Api.Http;

/// <summary>
/// Reads query parameters the way real Partoo clients send them and collects the vendor's per-field 400 messages.
/// On /v2 routes a scalar given twice or an undeclared parameter is refused before the handler (<see cref="DeclaredQueryParameters"/>); lists accept <c>a,b</c>, <c>k=a&amp;k=b</c> and <c>k[]=a&amp;k[]=b</c>;
/// booleans accept true/false (and 1/0) in any case.
/// </summary>
public sealed class QueryReader(IQueryCollection query)
{
    public const string NotAnInteger = "Not a valid integer.";
    public const string NotABoolean = "Not a valid boolean.";

    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public string? Text(string name)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = query[name];
        return values.Count == 0 ? null : values[0];
    }

    public int? Number(string name, int? min = null, int? max = null)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            _errors.TryAdd(name, NotAnInteger);
            return null;
        }

        if (value < min || value > max)
        {
            _errors.TryAdd(name, RangeMessage(min, max));
            return null;
        }

        return value;
    }

    public bool? Flag(string name)
    {
        switch (Text(name)?.Trim().ToUpperInvariant())
        {
            case null:
                return null;
            case "TRUE" or "1":
                return true;
            case "FALSE" or "0":
                return false;
            default:
                _errors.TryAdd(name, NotABoolean);
                return null;
        }
    }

    /// <summary>Every value of <paramref name="name"/> and <c>name[]</c>, comma lists split, blanks dropped.</summary>
    public IReadOnlyList<string> List(string name) =>
        query[name].Concat(query[name + "[]"])
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();

    public IReadOnlyList<int> Numbers(string name)
    {
        var values = new List<int>();
        foreach (var text in List(name))
        {
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                values.Add(value);
            }
            else
            {
                _errors.TryAdd(name, NotAnInteger);
            }
        }

        return values;
    }

    /// <summary><c>page</c> (0 and 1 both mean the first page) and <c>per_page</c> (1 to 100, 30 by default).</summary>
    public PageRequest Page(bool allowPerPage = true)
    {
        var page = Number("page", min: 0) ?? 1;
        var perPage = allowPerPage ? Number("per_page", min: 1, max: PageRequest.MaxPerPage) ?? PageRequest.DefaultPerPage : PageRequest.DefaultPerPage;
        return new PageRequest(Math.Max(page, 1), perPage);
    }

    /// <summary>Records a message for a parameter whose value is well-formed but not acceptable.</summary>
    public void Fail(string name, string message) => _errors.TryAdd(name, message);

    private static string RangeMessage(int? min, int? max) => (min, max) switch
    {
        ({ } lo, { } hi) => string.Create(CultureInfo.InvariantCulture, $"Must be greater than or equal to {lo} and less than or equal to {hi}."),
        ({ } lo, null) => string.Create(CultureInfo.InvariantCulture, $"Must be greater than or equal to {lo}."),
        (null, { } hi) => string.Create(CultureInfo.InvariantCulture, $"Must be less than or equal to {hi}."),
        _ => "Invalid value.",
    };
}

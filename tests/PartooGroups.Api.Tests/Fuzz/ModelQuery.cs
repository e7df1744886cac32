using System.Globalization;

namespace PartooGroups.Api.Tests.Fuzz;

/// <summary>
/// The model's reading of query parameters by the contract's habits: a scalar takes its first value, a list accepts
/// <c>a,b</c>, <c>k=a&amp;k=b</c> and <c>k[]=a</c>; a value that is not an integer is a 400 on that parameter.
/// </summary>
internal sealed class ModelQuery(IReadOnlyList<(string Name, string Value)>? parameters)
{
    private readonly IReadOnlyList<(string Name, string Value)> _parameters = parameters ?? [];

    public Dictionary<string, string> Errors { get; } = [];

    /// <summary><c>page</c>: 1 when omitted; 0 is the first page too; below 0 is refused.</summary>
    public int Page()
    {
        var page = Integer("page");
        if (page < 0)
        {
            Errors.TryAdd("page", "Must be greater than or equal to 0.");
            return 1;
        }

        return Math.Max(page ?? 1, 1);
    }

    public int? Integer(string name)
    {
        var values = _parameters.Where(p => p.Name == name).Select(p => p.Value).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        if (Parse(values[0]) is { } value)
        {
            return value;
        }

        Errors.TryAdd(name, "Not a valid integer.");
        return null;
    }

    public List<int> Integers(string name)
    {
        var texts = _parameters.Where(p => p.Name == name || p.Name == name + "[]")
            .SelectMany(p => p.Value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0))
            .ToList();
        if (texts.Any(t => Parse(t) is null))
        {
            Errors.TryAdd(name, "Not a valid integer.");
        }

        return [.. texts.Select(Parse).OfType<int>()];
    }

    private static int? Parse(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}

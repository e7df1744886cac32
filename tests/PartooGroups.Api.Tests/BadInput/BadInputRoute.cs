using System.Text.RegularExpressions;

namespace PartooGroups.Api.Tests.BadInput;

/// <summary>
/// One /v2 route of the matrix: its method and pattern as the route table has them (parameters without constraints),
/// the key of a caller allowed to call it, valid path ids, and for a route with a JSON body a valid body
/// (<c>@unique</c> stands for a fresh token) and its fields. <see cref="Scalars"/> and <see cref="Lists"/> are the query
/// parameters it declares.
/// </summary>
public sealed partial record BadInputRoute(
    string Group,
    string OperationId,
    string Method,
    string Pattern,
    string ApiKey,
    IReadOnlyDictionary<string, string> Ids,
    string? Body = null,
    IReadOnlyList<BodyField>? Fields = null,
    IReadOnlyList<string>? Scalars = null,
    IReadOnlyList<string>? Lists = null)
{
    public IReadOnlyList<BodyField> BodyFields => Fields ?? [];

    public IReadOnlyList<string> ScalarParameters => Scalars ?? [];

    public IReadOnlyList<string> ListParameters => Lists ?? [];

    /// <summary>A write: the database must not change when it is refused.</summary>
    public bool IsWrite => Method != "GET";

    public string Key => $"{Method} {Pattern}";

    /// <summary>The path with the valid ids, one of them replaced when <paramref name="replaced"/> is given.</summary>
    public string Path(string? replaced = null, string? value = null) =>
        ParameterPattern().Replace(Pattern, m => m.Groups[1].Value == replaced ? value! : Ids[m.Groups[1].Value]);

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex ParameterPattern();
}

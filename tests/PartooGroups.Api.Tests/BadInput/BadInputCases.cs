using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.BadInput;

/// <summary>The rows of the matrix for one route: query, content type and path ids for every route; body faults for routes with a body.</summary>
public static class BadInputCases
{
    public const string DuplicatedParameter = "Duplicated parameter.";
    public const string UnknownField = "Unknown field.";

    private const int OneMegabyte = 1 << 20;
    private const int TenMegabytes = 10 << 20;
    private const int Depth = 10_000;
    private const string TooLarge = """{"errors":{"json":"Request body too large. The limit is 4194304 bytes"}}""";

    private static readonly string[] PathIds = ["abc", "-1", "0", "99999999999999999999", "1.5", "%F0%9F%99%82"];

    private static readonly string[] OtherContentTypes =
        ["text/plain", "application/xml", "application/x-www-form-urlencoded", "application/vnd.api+json", "multipart/form-data; boundary=x"];

    public static IEnumerable<BadInputCase> For(BadInputRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return [.. Query(route), .. ContentTypes(route), .. Paths(route), .. WholeBody(route), .. route.BodyFields.SelectMany(f => Field(route, f))];
    }

    private static IEnumerable<BadInputCase> Query(BadInputRoute route)
    {
        var path = route.Path();
        yield return Row(route, "query: unknown parameter", Unknown("unknown_param"), path + "?unknown_param=1");
        yield return Row(route, "query: unknown parameter given twice", Unknown("unknown_param"), path + "?unknown_param=1&unknown_param=2");
        yield return Row(route, "query: unknown parameter without a value", Unknown("unknown_param"), path + "?unknown_param");
        foreach (var name in route.ScalarParameters)
        {
            yield return Row(route, $"query: {name} given twice", Expectation.Exactly(400, ErrorBodies.Field(name, DuplicatedParameter)),
                $"{path}?{name}=1&{name}=2");
            yield return Row(route, $"query: {name}[] (a scalar as a list)", Unknown(name + "[]"), $"{path}?{name}[]=1");
        }
    }

    private static IEnumerable<BadInputCase> ContentTypes(BadInputRoute route)
    {
        var body = route.Body ?? "{}";
        foreach (var type in OtherContentTypes)
        {
            yield return Row(route, $"content type: {type}", Expectation.Exactly(415, ErrorBodies.UnsupportedMediaType), route.Path(), body, type);
        }

        yield return Row(route, "content type: missing", Expectation.Exactly(415, ErrorBodies.UnsupportedMediaType), route.Path(), body, null);
    }

    private static IEnumerable<BadInputCase> Paths(BadInputRoute route) =>
        from id in route.Ids.Keys
        from value in PathIds
        select Row(route, $"path {id}: {Uri.UnescapeDataString(value)}", Expectation.Exactly(404, ErrorBodies.NotFound), route.Path(id, value), route.Body);

    private static IEnumerable<BadInputCase> WholeBody(BadInputRoute route)
    {
        if (route.Body is not { } valid)
        {
            yield break;
        }

        var first = JsonNode.Parse(valid)!.AsObject().First().Key;
        (string Description, string Body)[] malformed =
        [
            ("malformed: {", "{"),
            ("malformed: truncated string", $$"""{"{{first}}":"abc"""),
            ("malformed: truncated after the colon", $$"""{"{{first}}":"""),
            ("malformed: single quotes", $$"""{'{{first}}':'abc'}"""),
            ("malformed: trailing comma", valid[..^1] + ",}"),
            ("malformed: unquoted name", valid.Replace($"\"{first}\"", first, StringComparison.Ordinal)),
            ("malformed: two objects", valid + valid),
            ("not an object: array", "[" + valid + "]"),
            ("not an object: string", "\"abc\""),
            ("not an object: number", "42"),
            ("not an object: null", "null"),
            ("not an object: true", "true"),
            ("empty", ""),
            ("10,000 nested arrays", new string('[', Depth) + new string(']', Depth)),
            ($"10,000 nested objects in {first}", $$"""{"{{first}}":""" + string.Concat(Enumerable.Repeat("{\"a\":", Depth)) + "1" + new string('}', Depth + 1)),
        ];
        foreach (var (description, body) in malformed)
        {
            yield return Row(route, "body: " + description, Expectation.BadJson, route.Path(), body);
        }

        yield return new(route, "body: 10 MB", Expectation.Exactly(413, TooLarge), route.Path(), () => "{" + new string(' ', TenMegabytes) + valid[1..]);
        yield return Row(route, "body: unknown field", Unknown("unknown_field"), route.Path(), valid[..^1] + ",\"unknown_field\":1}");
        var upper = char.ToUpperInvariant(first[0]) + first[1..];
        yield return Row(route, $"body: {upper} (wrong letter case)", Unknown(upper), route.Path(), valid[..^1] + $",\"{upper}\":1}}");
    }

    private static IEnumerable<BadInputCase> Field(BadInputRoute route, BodyField field)
    {
        foreach (var value in WrongTypes(field.Kind))
        {
            yield return Row(route, $"{field.Name}: wrong type {value}", Expectation.OnField(field.Name), route.Path(), With(route, field, value));
        }

        yield return Row(route, $"{field.Name}: null", field.NullRefused ? Expectation.OnField(field.Name) : Expectation.AcceptedOrRefused,
            route.Path(), With(route, field, "null"));
        if (field.Required)
        {
            yield return Row(route, $"{field.Name}: missing", Expectation.OnField(field.Name), route.Path(), With(route, field, null));
        }

        if (field.Kind is FieldKind.Number or FieldKind.NumberOrNumericString)
        {
            yield return Row(route, $"{field.Name}: negative", Expectation.OnField(field.Name), route.Path(), With(route, field, "-1"));
        }

        if (field.Kind != FieldKind.Text)
        {
            yield break;
        }

        Expectation Refused(bool refused) => refused || field.Closed ? Expectation.OnField(field.Name) : Expectation.AcceptedOrRefused;
        (string Description, Func<string> Value, Expectation Expect)[] strings =
        [
            ("empty string", () => "\"\"", Refused(field.NonBlank)),
            ("blank string", () => "\"   \"", Refused(field.NonBlank)),
            ("1 MB string", () => "\"" + new string('x', OneMegabyte) + "\"", Refused(field.Bounded)),
            ("emoji", () => "\"🙂🎉👩‍👩‍👧\"", Refused(false)),
            ("right-to-left text", () => "\"שלום مرحبا \u202Eabc\"", Refused(false)),
            ("combining marks", () => "\"e\u0301\u0302\u0303\u0304\u0305\u0306\"", Refused(false)),
            ("NUL character", () => "\"a\\u0000b\"", Refused(field.NoControl)),
            ("control characters", () => "\"a\\u0007\\u001b\\nb\"", Refused(field.NoControl)),
            ("lone surrogate", () => "\"a\\ud800b\"", Refused(false)),
        ];
        foreach (var (description, value, expect) in strings)
        {
            yield return new(route, $"{field.Name}: {description}", expect, route.Path(), () => With(route, field, value()));
        }
    }

    private static string[] WrongTypes(FieldKind kind) => kind switch
    {
        FieldKind.Text => ["42", "true", "{}", "[\"abc\"]"],
        FieldKind.Number => ["\"7\"", "1.5", "true", "{}", "[]", "99999999999999999999", "-99999999999999999999"],
        FieldKind.NumberOrNumericString => ["\"abc\"", "\"1.5\"", "1.5", "true", "{}", "[]", "99999999999999999999", "\"99999999999999999999\""],
        FieldKind.Boolean => ["\"yes\"", "1", "{}", "[]"],
        FieldKind.LenientBoolean => ["\"maybe\"", "1", "{}", "[]"],
        FieldKind.TextList => ["\"abc\"", "42", "{}", "[42]", "[null]", "[[\"abc\"]]"],
        FieldKind.NumberList => ["\"1\"", "1", "{}", "[\"a\"]", "[1.5]", "[null]", "[99999999999999999999]"],
        FieldKind.NumberListList => ["\"abc\"", "[1]", "[[\"a\"]]", "[null]", "{}"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The route's valid body with <paramref name="field"/> set to the raw JSON <paramref name="value"/>, or left out when null.</summary>
    private static string With(BadInputRoute route, BodyField field, string? value)
    {
        var body = JsonNode.Parse(route.Body!)!.AsObject();
        body.Remove(field.Name);
        var rest = body.ToJsonString()[1..];
        return value is null ? "{" + rest : $"{{\"{field.Name}\":{value}{(rest == "}" ? "" : ",")}{rest}";
    }

    private static Expectation Unknown(string name) => Expectation.Exactly(400, ErrorBodies.Field(name, UnknownField));

    private static BadInputCase Row(BadInputRoute route, string description, Expectation expect, string url, string? body = null, string? contentType = "application/json") =>
        new(route, description, expect, url, body is null ? null : () => body, contentType);
}

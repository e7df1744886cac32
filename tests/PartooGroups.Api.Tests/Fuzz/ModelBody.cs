using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartooGroups.Api.Tests.Fuzz;

/// <summary>The JSON type a body field takes.</summary>
internal enum FieldKind
{
    /// <summary>A string or null.</summary>
    Text,

    /// <summary>An array of strings and nulls, or null.</summary>
    TextList,

    /// <summary>An integer, a numeric string, or null.</summary>
    Integer,
}

/// <summary>
/// The model's reading of a request body, by the contract's wire rules: a body that is not a JSON object is a 400 with a
/// message, an unknown field (names are case-sensitive) or a field of the wrong JSON type a 400 on that field.
/// </summary>
internal sealed class ModelBody
{
    private readonly JsonObject _root;

    private ModelBody(JsonObject root) => _root = root;

    /// <summary>The body, or the 400 a body of the wrong shape or type gets (null body when it is fine).</summary>
    public static (ModelBody? Body, Expected? Error) Read(string? text, IReadOnlyDictionary<string, FieldKind> fields)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text ?? "");
        }
        catch (JsonException)
        {
            return (null, ModelAnswers.AnyJsonMessage());
        }

        if (root is not JsonObject body)
        {
            return (null, ModelAnswers.AnyJsonMessage());
        }

        foreach (var (name, value) in body)
        {
            if (!fields.TryGetValue(name, out var kind))
            {
                return (null, ModelAnswers.FieldError(name, "Unknown field."));
            }

            if (TypeError(kind, value) is { } message)
            {
                return (null, ModelAnswers.FieldError(name, message));
            }
        }

        return (new ModelBody(body), null);
    }

    public string? Text(string name) => _root[name]?.GetValue<string>();

    /// <summary>The list as sent (null elements kept), or null when omitted or null.</summary>
    public IReadOnlyList<string?>? TextList(string name) =>
        _root[name] is JsonArray list ? [.. list.Select(item => item?.GetValue<string>())] : null;

    public int? Integer(string name) => _root[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => int.Parse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
        JsonValue value => value.GetValue<int>(),
        _ => null,
    };

    private static string? TypeError(FieldKind kind, JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }

        return kind switch
        {
            FieldKind.Text => value.GetValueKind() == JsonValueKind.String ? null : "Not a valid string.",
            FieldKind.TextList when value is not JsonArray => "Not a valid list.",
            FieldKind.TextList => value.AsArray().All(item => item is null || item.GetValueKind() == JsonValueKind.String)
                ? null
                : "Not a valid string.",
            _ => IsInteger(value) ? null : "Not a valid integer.",
        };
    }

    private static bool IsInteger(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.Number => value.AsValue().TryGetValue(out int _),
        JsonValueKind.String => int.TryParse(value.GetValue<string>(), System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture, out _),
        _ => false,
    };
}

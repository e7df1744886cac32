using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartooGroups.Api.Tests.VendorContract;

/// <summary>
/// Checks a JSON value against a schema of the vendor document, for the keywords that document uses:
/// <c>$ref</c>, <c>type</c> (a name or a list of names, <c>null</c> included), <c>properties</c>, <c>required</c>,
/// <c>items</c>, <c>enum</c> and <c>anyOf</c>. Keywords that only describe (description, example, default) are ignored.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<string> Validate(JsonNode? value, JsonNode schema)
    {
        var errors = new List<string>();
        Check(value, schema, "$", errors);
        return errors;
    }

    private static void Check(JsonNode? value, JsonNode schema, string path, List<string> errors)
    {
        schema = VendorDocument.Resolve(VendorDocument.Root, schema);
        if (schema["anyOf"] is JsonArray alternatives)
        {
            if (!alternatives.Any(alternative => Validate(value, alternative!).Count == 0))
            {
                errors.Add($"{path}: matches none of the anyOf alternatives");
            }

            return;
        }

        if (schema["type"] is { } type)
        {
            var names = type is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!names.Any(name => HasType(value, name)))
            {
                errors.Add($"{path}: expected {string.Join(" or ", names)}, got {Describe(value)}");
                return;
            }
        }

        if (schema["enum"] is JsonArray allowed && value is JsonValue scalar
            && !allowed.Any(a => a!.GetValue<string>() == scalar.ToString()))
        {
            errors.Add($"{path}: {scalar.ToJsonString()} is not one of {allowed.ToJsonString()}");
        }

        if (value is JsonObject obj)
        {
            foreach (var required in (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()))
            {
                if (!obj.ContainsKey(required))
                {
                    errors.Add($"{path}: missing required property {required}");
                }
            }

            foreach (var (name, propertySchema) in schema["properties"] as JsonObject ?? [])
            {
                if (obj.TryGetPropertyValue(name, out var property))
                {
                    Check(property, propertySchema!, $"{path}.{name}", errors);
                }
            }
        }

        if (value is JsonArray array && schema["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(array[i], items, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), errors);
            }
        }
    }

    private static bool HasType(JsonNode? value, string type) => (type, value?.GetValueKind()) switch
    {
        ("null", null) => true,
        ("object", JsonValueKind.Object) => true,
        ("array", JsonValueKind.Array) => true,
        ("string", JsonValueKind.String) => true,
        ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
        ("number", JsonValueKind.Number) => true,
        ("integer", JsonValueKind.Number) => value!.AsValue().TryGetValue<long>(out _),
        _ => false,
    };

    private static string Describe(JsonNode? value) => value is null ? "null" : $"{value.GetValueKind()} {value.ToJsonString()}";
}

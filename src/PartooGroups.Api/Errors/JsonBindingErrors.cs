using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartooGroups.Api.Errors;

/// <summary>Turns a System.Text.Json failure while binding a request body into the vendor's 400.</summary>
internal static class JsonBindingErrors
{
    public static PartooError From(JsonException exception, Type? bodyType)
    {
        if (exception.InnerException?.GetType().Name == "JsonReaderException")
        {
            return PartooError.BadJson("Invalid JSON body: " + FirstSentence(exception.InnerException.Message));
        }

        if (UnmappedMember(exception) is { } unknown)
        {
            return PartooError.Validation(unknown, PartooError.UnknownField);
        }

        var (field, isElement) = FieldOf(exception.Path);
        if (field is null)
        {
            return PartooError.BadJson("Invalid input type: the body must be a JSON object");
        }

        // A converter of ours names the problem in its own message; the framework's messages name .NET types instead.
        var message = exception.InnerException is null && exception.Message.EndsWith('.') && !exception.Message.StartsWith("The JSON", StringComparison.Ordinal)
            ? exception.Message
            : MessageFor(ExpectedType(bodyType, field), isElement);
        return PartooError.Validation(field, message);
    }

    private static (string? Field, bool IsElement) FieldOf(string? path)
    {
        if (path is null || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return (null, false);
        }

        var rest = path[2..];
        var end = rest.IndexOfAny(['.', '[']);
        return end < 0 ? (rest, false) : (rest[..end], rest[end] == '[');
    }

    private static string? UnmappedMember(JsonException exception)
    {
        const string marker = "The JSON property '";
        var message = exception.Message;
        var start = message.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += marker.Length;
        var end = message.IndexOf('\'', start);
        return end > start ? message[start..end] : null;
    }

    private static Type? ExpectedType(Type? bodyType, string field) =>
        bodyType?.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => JsonName(p) == field)?.PropertyType;

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);

    private static string MessageFor(Type? type, bool isElement)
    {
        if (type is null)
        {
            return "Invalid value.";
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            if (!isElement)
            {
                return "Not a valid list.";
            }

            type = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault() ?? typeof(object);
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.String => "Not a valid string.",
            TypeCode.Int32 or TypeCode.Int64 => "Not a valid integer.",
            TypeCode.Boolean => "Not a valid boolean.",
            _ => "Invalid value.",
        };
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message.Trim();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartooGroups.Api.Http;

/// <summary>
/// A boolean as the vendor reads it: <c>true</c>/<c>false</c>, or the strings <c>"True"</c>/<c>"False"</c> (any case)
/// that older clients send. Anything else is a JSON error, answered "Not a valid boolean." on the field.
/// </summary>
public sealed class LenientBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.String when bool.TryParse(reader.GetString(), out var value) => value,
            _ => throw new JsonException("Not a valid boolean."),
        };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBooleanValue(value);
    }
}

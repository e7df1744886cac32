using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartooGroups.Api.Organizations;

/// <summary>
/// <c>max_businesses</c> in an update, where absent and null differ: absent leaves the limit as it is (the property
/// is null), <c>null</c> lifts the limit (<see cref="Limit"/> null), a number sets it.
/// </summary>
[JsonConverter(typeof(LimitChangeConverter))]
public sealed record LimitChange(int? Limit);

internal sealed class LimitChangeConverter : JsonConverter<LimitChange>
{
    public override bool HandleNull => true;

    public override LimitChange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => new LimitChange(null),
            JsonTokenType.Number when reader.TryGetInt32(out var limit) => new LimitChange(limit),
            _ => throw new JsonException("Not a valid integer."),
        };

    public override void Write(Utf8JsonWriter writer, LimitChange value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Limit is { } limit)
        {
            writer.WriteNumberValue(limit);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

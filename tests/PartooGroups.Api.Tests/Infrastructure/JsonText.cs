using System.Text.Encodings.Web;
using System.Text.Json;

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>JSON literals for request and expected bodies; non-ASCII text is sent as raw UTF-8, as real clients send it.</summary>
public static class JsonText
{
    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A JSON string literal of <paramref name="value"/>.</summary>
    public static string Quote(string value) => JsonSerializer.Serialize(value, Raw);

    /// <summary>A JSON array of string literals.</summary>
    public static string Strings(IEnumerable<string> values) => JsonSerializer.Serialize(values, Raw);
}

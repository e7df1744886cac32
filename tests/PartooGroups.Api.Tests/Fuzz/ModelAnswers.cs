using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace PartooGroups.Api.Tests.Fuzz;

/// <summary>The answers the model predicts, spelled as the contract (section 2) gives them.</summary>
internal static class ModelAnswers
{
    public static Expected Unauthenticated() => new(401, JsonNode.Parse("""{"errors":{"authentication":"User not authenticated"}}""")!);

    public static Expected Forbidden() => new(403, JsonNode.Parse("""{"errors":{"authorization":"Operation not allowed"}}""")!);

    public static Expected NotFound() => new(404, JsonNode.Parse("""{"errors":{"json":"Resource not found"}}""")!);

    public static Expected UnsupportedMediaType() =>
        new(415, JsonNode.Parse("""{"errors":{"json":"Unsupported media type. Please use application/json"}}""")!);

    public static Expected AnyJsonMessage() => new(400, Expected.AnyMessageBody(), ResponseView.AnyJsonMessage);

    public static Expected JsonMessage(string message) => new(400, new JsonObject { ["errors"] = new JsonObject { ["json"] = message } });

    public static Expected FieldError(string field, string message) => FieldErrors(new() { [field] = message });

    public static Expected FieldErrors(Dictionary<string, string> errors)
    {
        var fields = new JsonObject();
        foreach (var (field, message) in errors)
        {
            fields[field] = message;
        }

        return new(400, new JsonObject { ["errors"] = new JsonObject { ["json"] = fields } });
    }

    public static Expected Success(int? id = null)
    {
        var body = new JsonObject { ["status"] = "success" };
        if (id is { } value)
        {
            body["id"] = value;
        }

        return new(200, body);
    }

    public static Expected Ok(JsonNode body, ResponseView view = ResponseView.Whole) => new(200, body, view);
}

/// <summary>The name rules of the contract (section 3), written for the model: first broken rule wins.</summary>
internal static class ModelNames
{
    public const string Missing = "Missing data for required field.";
    public const string Blank = "Field may not be blank.";
    public const string TooLong = "Longer than maximum length 255.";
    public const string Forbidden = "name_contains_forbidden_characters";
    public const string Taken = "name_already_exists";

    public static string? Problem(string? name)
    {
        if (name is null)
        {
            return Missing;
        }

        if (name.Trim().Length == 0)
        {
            return Blank;
        }

        if (name.Length > 255)
        {
            return TooLong;
        }

        return name.Any(c => c is ',' or ';' or '/' || c < ' ' || c is >= '\u007f' and <= '\u009f') ? Forbidden : null;
    }

    /// <summary>Two names are the same when they are equal after trimming, in composed form, with every letter's case folded.</summary>
    public static string Key(string name) =>
        name.Trim().Normalize(NormalizationForm.FormC).ToUpperInvariant().ToLowerInvariant();

    public static string Stored(string name) => name.Trim();

    public static string IdList(IEnumerable<int> ids) => string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
}

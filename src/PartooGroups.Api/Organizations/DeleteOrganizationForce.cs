using System.Text.Json;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Http;

namespace PartooGroups.Api.Organizations;

/// <summary>
/// deleteOrganization's <c>force</c>. The current vendor reference has it as a query boolean, the older one as a JSON
/// body field with the strings <c>"True"</c>/<c>"False"</c>; both are accepted, and so is a DELETE with no body at all.
/// </summary>
internal static class DeleteOrganizationForce
{
    public const string Field = "force";

    /// <summary>Whether the query or the body asks for a forced delete, or the error that the request deserves.</summary>
    public static async Task<(bool Force, PartooError? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request.Query);
        var fromQuery = query.Flag(Field);
        if (query.HasErrors)
        {
            return (false, PartooError.Validation(query.Errors));
        }

        if (!HasBody(request))
        {
            return (fromQuery == true, null);
        }

        if (!request.HasJsonContentType())
        {
            return (false, PartooError.UnsupportedMediaType());
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            return (false, PartooError.BadJson("Invalid JSON body: " + FirstSentence(exception.Message)));
        }

        using (document)
        {
            var (fromBody, error) = FromBody(document.RootElement);
            return error is null ? (fromQuery == true || fromBody == true, null) : (false, error);
        }
    }

    private static (bool? Force, PartooError? Error) FromBody(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, PartooError.BadJson("Invalid input type: the body must be a JSON object"));
        }

        bool? force = null;
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name != Field)
            {
                return (null, PartooError.Validation(property.Name, PartooError.UnknownField));
            }

            switch (property.Value.ValueKind)
            {
                case JsonValueKind.True or JsonValueKind.False:
                    force = property.Value.GetBoolean();
                    break;
                case JsonValueKind.String when bool.TryParse(property.Value.GetString(), out var parsed):
                    force = parsed;
                    break;
                case JsonValueKind.Null:
                    force = null;
                    break;
                default:
                    return (null, PartooError.Validation(Field, QueryReader.NotABoolean));
            }
        }

        return (force, null);
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message.Trim();
    }
}

using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace PartooGroups.Api.Tests.Fuzz;

/// <summary>The operations the fuzzing drives, by the vendor's operationId.</summary>
internal enum FuzzOperation
{
    CreateGroupSection,
    UpdateGroupSection,
    DeleteGroupSection,
    GetGroupSectionById,
    GetGroupSections,
    CreateGroup,
    UpdateGroup,
    DeleteGroup,
    GetGroup,
    SearchBusinesses,
}

/// <summary>
/// One generated request: who sends it (an API key, or none), the path ids, the query parameters and the body as raw
/// text, possibly malformed, exactly as they go on the wire.
/// </summary>
internal sealed record FuzzRequest(
    FuzzOperation Operation,
    string? ApiKey,
    int SectionId = 0,
    int GroupId = 0,
    IReadOnlyList<(string Name, string Value)>? Query = null,
    string? Body = null,
    string ContentType = "application/json")
{
    public HttpMethod Method => Operation switch
    {
        FuzzOperation.DeleteGroupSection or FuzzOperation.DeleteGroup => HttpMethod.Delete,
        FuzzOperation.GetGroupSectionById or FuzzOperation.GetGroupSections or FuzzOperation.GetGroup
            or FuzzOperation.SearchBusinesses => HttpMethod.Get,
        _ => HttpMethod.Post,
    };

    public string PathAndQuery
    {
        get
        {
            var path = Operation switch
            {
                FuzzOperation.CreateGroupSection or FuzzOperation.GetGroupSections => "/v2/sections",
                FuzzOperation.UpdateGroupSection or FuzzOperation.DeleteGroupSection or FuzzOperation.GetGroupSectionById =>
                    Invariant($"/v2/sections/{SectionId}"),
                FuzzOperation.CreateGroup => Invariant($"/v2/sections/{SectionId}/groups"),
                FuzzOperation.SearchBusinesses => "/v2/business/search",
                _ => Invariant($"/v2/sections/{SectionId}/groups/{GroupId}"),
            };
            return Query is null or { Count: 0 } ? path : path + "?" + string.Join('&', Query.Select(p => $"{p.Name}={p.Value}"));
        }
    }

    public HttpRequestMessage ToHttpRequest()
    {
        var message = new HttpRequestMessage(Method, PathAndQuery);
        if (ApiKey is not null)
        {
            message.Headers.Add("x-APIKey", ApiKey);
        }

        if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        }

        return message;
    }

    public override string ToString() =>
        $"{Method} {PathAndQuery} x-APIKey={ApiKey ?? "(none)"}{(Body is null ? "" : $" Content-Type={ContentType} body={Body}")}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What part of a response the model predicts.</summary>
internal enum ResponseView
{
    /// <summary>The whole body, exactly.</summary>
    Whole,

    /// <summary><c>{"errors":{"json":"&lt;message&gt;"}}</c> with any non-empty message (malformed bodies: the message is free).</summary>
    AnyJsonMessage,

    /// <summary>A business page seen as its count and, per business on the page, its id and groups.</summary>
    BusinessPage,
}

/// <summary>The model's answer to a request: the status and the body, seen through <see cref="View"/>.</summary>
internal sealed record Expected(int Status, JsonNode Body, ResponseView View = ResponseView.Whole)
{
    public const string AnyMessage = "<any message>";

    public static JsonObject AnyMessageBody() => new() { ["errors"] = new JsonObject { ["json"] = AnyMessage } };

    /// <summary>What the model predicts of <paramref name="actual"/>, to compare with <see cref="Body"/>.</summary>
    public JsonNode? Project(JsonNode? actual) => View switch
    {
        ResponseView.AnyJsonMessage when actual is JsonObject { Count: 1 } root
            && root["errors"] is JsonObject { Count: 1 } errors
            && errors["json"] is JsonValue json && json.TryGetValue(out string? message) && !string.IsNullOrWhiteSpace(message) =>
            AnyMessageBody(),
        ResponseView.BusinessPage when actual is JsonObject page && page["businesses"] is JsonArray businesses => new JsonObject
        {
            ["count"] = page["count"]?.DeepClone(),
            ["businesses"] = new JsonArray([.. businesses.Select(b => (JsonNode)new JsonObject
            {
                ["id"] = b?["id"]?.DeepClone(),
                ["groups"] = b?["groups"]?.DeepClone(),
            })]),
        },
        _ => actual,
    };

    public override string ToString() => $"{Status} {Body.ToJsonString()}{(View == ResponseView.Whole ? "" : $" (seen as {View})")}";
}

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>The vendor's error bodies, spelled out as the contract gives them.</summary>
public static class ErrorBodies
{
    public const string Unauthenticated = """{"errors":{"authentication":"User not authenticated"}}""";
    public const string Forbidden = """{"errors":{"authorization":"Operation not allowed"}}""";
    public const string NotFound = """{"errors":{"json":"Resource not found"}}""";
    public const string MethodNotAllowed = """{"errors":{"json":"Method not allowed"}}""";
    public const string UnsupportedMediaType = """{"errors":{"json":"Unsupported media type. Please use application/json"}}""";

    public static string Field(string field, string message) =>
        "{\"errors\":{\"json\":{" + System.Text.Json.JsonSerializer.Serialize(field) + ":" + System.Text.Json.JsonSerializer.Serialize(message) + "}}}";
}

using System.Net;
using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.OpenApi;

/// <summary>The OpenAPI document as the sandbox serves it at <c>/swagger/v1/swagger.json</c>.</summary>
public static class ServedDocument
{
    public const string Url = "/swagger/v1/swagger.json";

    public static async Task<JsonObject> GetAsync(SandboxFactory sandbox)
    {
        var response = await sandbox.CreateClient(apiKey: null).GetAsync(Url, TestContext.Current.CancellationToken);
        return (await response.ShouldHaveStatusAsync(HttpStatusCode.OK)).AsObject();
    }

    /// <summary>Every operation as (path, method, operation).</summary>
    public static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from method in path.Value!.AsObject()
        where method.Key is not ("parameters" or "summary" or "description" or "servers")
        select (path.Key, method.Key, method.Value!.AsObject());

    /// <summary>Follows a local <c>$ref</c> such as <c>#/components/schemas/X</c>; other nodes are returned as they are.</summary>
    public static JsonObject Resolve(JsonObject document, JsonNode node)
    {
        var reference = node["$ref"]?.GetValue<string>();
        if (reference is null)
        {
            return node.AsObject();
        }

        JsonNode current = document;
        foreach (var segment in reference.TrimStart('#', '/').Split('/'))
        {
            current = current[segment] ?? throw new InvalidOperationException($"Dangling reference {reference}");
        }

        return current.AsObject();
    }
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Serialization;

namespace PartooGroups.Api.Tests.VendorContract;

/// <summary>An operation of the vendor's OpenAPI document, with the response schema of each documented status.</summary>
public sealed record VendorOperation(string OperationId, HttpMethod Method, Regex Path, IReadOnlyDictionary<int, JsonNode> Responses);

/// <summary>The vendor's own OpenAPI for the emulated operations (openapi/vendor/partoo-vendor.yaml), read once.</summary>
public static class VendorDocument
{
    private static readonly Lazy<(JsonNode Root, IReadOnlyList<VendorOperation> Operations)> Loaded = new(Load);

    public static JsonNode Root => Loaded.Value.Root;

    public static IReadOnlyList<VendorOperation> Operations => Loaded.Value.Operations;

    /// <summary>The vendor operation a sandbox request (under /v2) stands for, or null.</summary>
    public static VendorOperation? Find(HttpMethod method, string path) =>
        Operations.FirstOrDefault(o => o.Method == method && o.Path.IsMatch(path));

    private static (JsonNode, IReadOnlyList<VendorOperation>) Load()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "VendorContract", "partoo-vendor.yaml"));
        var root = ToJson(new DeserializerBuilder().Build().Deserialize<object>(yaml))!;
        var operations = new List<VendorOperation>();
        foreach (var (template, methods) in root["paths"]!.AsObject())
        {
            var path = new Regex("^/v2" + Regex.Replace(template, @"\{[^}]+\}", "[^/]+") + "/?$", RegexOptions.CultureInvariant);
            foreach (var (method, operation) in methods!.AsObject())
            {
                var responses = new Dictionary<int, JsonNode>();
                foreach (var (status, response) in operation!["responses"]!.AsObject())
                {
                    var resolved = Resolve(root, response!);
                    if (resolved["content"]?["application/json"]?["schema"] is { } schema)
                    {
                        responses[int.Parse(status, System.Globalization.CultureInfo.InvariantCulture)] = schema;
                    }
                }

                operations.Add(new VendorOperation(
                    operation["operationId"]!.GetValue<string>(), new HttpMethod(method.ToUpperInvariant()), path, responses));
            }
        }

        return (root, operations);
    }

    /// <summary>Follows a local <c>$ref</c> (<c>#/components/...</c>) to what it names.</summary>
    public static JsonNode Resolve(JsonNode root, JsonNode node)
    {
        while (node["$ref"]?.GetValue<string>() is { } reference)
        {
            node = reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Aggregate(root, (current, segment) => current[segment.Replace("~1", "/", StringComparison.Ordinal)]!);
        }

        return node;
    }

    private static JsonNode? ToJson(object? yaml) => yaml switch
    {
        null => null,
        IDictionary<object, object> map => new JsonObject(map.Select(p => KeyValuePair.Create(p.Key.ToString()!, ToJson(p.Value)))),
        IList<object> list => new JsonArray(list.Select(ToJson).ToArray()),
        _ => JsonValue.Create(yaml.ToString()),
    };
}

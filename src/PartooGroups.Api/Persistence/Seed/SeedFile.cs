using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartooGroups.Api.Persistence.Seed;

/// <summary>Reads seed documents: a file given with <c>--seed</c>, or the demo data embedded in the assembly.</summary>
public static class SeedFile
{
    public const string DemoResourceName = "PartooGroups.Api.demo-seed.json";

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        WriteIndented = true,
    };

    public static async Task<SeedDocument> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new SeedException($"Seed file '{path}' does not exist.");
        }

        await using var stream = File.OpenRead(path);
        return await ParseAsync(stream, $"seed file '{path}'", cancellationToken);
    }

    public static async Task<SeedDocument> ReadDemoAsync(CancellationToken cancellationToken)
    {
        await using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(DemoResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {DemoResourceName} is missing.");
        return await ParseAsync(stream, "the demo seed", cancellationToken);
    }

    public static async Task<SeedDocument> ParseAsync(Stream stream, string source, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<SeedDocument>(stream, JsonOptions, cancellationToken)
                ?? throw new SeedException($"Invalid {source}: the document is null.");
        }
        catch (JsonException exception)
        {
            var entry = exception.Path is { } path && !exception.Message.Contains(path, StringComparison.Ordinal) ? $" at {path}" : "";
            throw new SeedException($"Invalid {source}{entry}: {exception.Message}", exception);
        }
    }
}

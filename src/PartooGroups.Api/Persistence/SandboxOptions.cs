namespace PartooGroups.Api.Persistence;

/// <summary>Start-up options: <c>--db</c>, <c>--seed</c>, or the <c>Sandbox</c> configuration section.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>The SQLite file; created when missing.</summary>
    public string Db { get; set; } = "partoo-sandbox.db";

    /// <summary>A seed file loaded instead of the demo data when the database is empty.</summary>
    public string? Seed { get; set; }

    /// <summary>The key of the sandbox admin API under <c>/_sandbox</c>, sent in the <c>x-Sandbox-Admin-Key</c> header.</summary>
    public string AdminKey { get; set; } = "sandbox-admin-key";

    /// <summary>Largest accepted request body; larger bodies get a JSON 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;
}

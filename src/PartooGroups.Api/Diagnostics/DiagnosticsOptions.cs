namespace PartooGroups.Api.Diagnostics;

/// <summary>The <c>Sandbox</c> configuration keys of the request journal and the admin routes.</summary>
public sealed class DiagnosticsOptions
{
    public const string Section = "Sandbox";
    public const int MaxJournalSize = 1_000_000;

    /// <summary>The value the <c>x-Sandbox-Admin-Key</c> header must carry on <c>/_sandbox</c> routes.</summary>
    public string AdminKey { get; set; } = "sandbox-admin-key";

    /// <summary>How many of the latest <c>/v2</c> requests the journal keeps.</summary>
    public int JournalSize { get; set; } = 1000;
}

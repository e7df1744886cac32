namespace PartooGroups.Api.Diagnostics;

/// <summary>The <c>Sandbox</c> configuration key of the request journal.</summary>
public sealed class DiagnosticsOptions
{
    public const string Section = "Sandbox";
    public const int MaxJournalSize = 1_000_000;

    /// <summary>How many of the latest <c>/v2</c> requests the journal keeps.</summary>
    public int JournalSize { get; set; } = 1000;
}

using PartooGroups.Api.Errors;

namespace PartooGroups.Api.Sandbox;

internal static class SandboxErrors
{
    public const string SeedField = "seed";

    /// <summary>400 naming every bad entry of a seed document, one per line, on the field <c>seed</c>.</summary>
    public static PartooError InvalidSeed(IEnumerable<string> errors) => PartooError.Validation(SeedField, string.Join('\n', errors));
}

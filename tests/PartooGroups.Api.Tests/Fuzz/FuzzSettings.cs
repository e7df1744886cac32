using System.Globalization;

namespace PartooGroups.Api.Tests.Fuzz;

/// <summary>
/// How much to fuzz, from the environment: <c>PARTOO_FUZZ_SEED</c> (an integer; a fresh one each run when unset)
/// and <c>PARTOO_FUZZ_REQUESTS</c> (10,000 unless set). Sequence n of a run uses seed + n, so a failure printed as
/// "sequence seed S, step K" is replayed alone with <c>PARTOO_FUZZ_SEED=S PARTOO_FUZZ_REQUESTS=K+1</c>.
/// </summary>
internal sealed record FuzzSettings(int Seed, int Requests, int RequestsPerSequence)
{
    public const string SeedVariable = "PARTOO_FUZZ_SEED";
    public const string RequestsVariable = "PARTOO_FUZZ_REQUESTS";

    public static FuzzSettings FromEnvironment() => new(
        Integer(SeedVariable) ?? System.Random.Shared.Next(),
        Integer(RequestsVariable) ?? 10_000,
        RequestsPerSequence: 400);

    public int SequenceSeed(int sequence) => unchecked(Seed + sequence);

    private static int? Integer(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } text
            ? int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
            : null;
}

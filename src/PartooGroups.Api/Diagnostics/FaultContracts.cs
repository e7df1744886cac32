namespace PartooGroups.Api.Diagnostics;

/// <summary>A new fault rule; see <see cref="FaultRule"/>.</summary>
public sealed record CreateFaultRequest(
    string? OperationId,
    string? Kind,
    string? Tenant,
    int? Times,
    double? Probability,
    int? DelayMs,
    int? RetryAfterSeconds);

public sealed record FaultListResponse(IReadOnlyList<FaultRule> Faults);

public sealed record JournalResponse(int Count, IReadOnlyList<JournalEntry> Requests);

public sealed record DiagnosticsStatusResponse(string Status)
{
    public static DiagnosticsStatusResponse Success { get; } = new("success");
}

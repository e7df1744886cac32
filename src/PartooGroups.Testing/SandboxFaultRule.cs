using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartooGroups.Testing;

/// <summary>
/// A fault rule for <see cref="PartooSandbox.AddFaultRuleAsync"/>: requests to <see cref="OperationId"/> (a vendor
/// operationId such as <c>createGroup</c>) answer <see cref="Kind"/>: <c>"429"</c> (with <c>Retry-After</c>),
/// <c>"500"</c>, <c>"503"</c>, or <c>"delay"</c> (the normal answer after <see cref="DelayMs"/>). Unset limits mean
/// every matching request, of every provider, every time.
/// </summary>
public sealed record SandboxFaultRule(string OperationId, string Kind)
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Only requests of this provider (a tenant's name or <c>partoo-sandbox</c>).</summary>
    public string? Tenant { get; init; }

    /// <summary>Only the next this many matching requests; the rule is removed after its last use.</summary>
    public int? Times { get; init; }

    /// <summary>The chance, from 0 to 1, that a matching request is faulted.</summary>
    public double? Probability { get; init; }

    /// <summary>A wait before the answer, for every kind.</summary>
    public int? DelayMs { get; init; }

    /// <summary>The <c>Retry-After</c> header of a 429 (1 by default) or a 503 (none by default).</summary>
    public int? RetryAfterSeconds { get; init; }
}

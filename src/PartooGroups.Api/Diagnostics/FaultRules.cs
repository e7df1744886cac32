using PartooGroups.Api.Errors;

namespace PartooGroups.Api.Diagnostics;

/// <summary>What a fault rule makes a matching request answer.</summary>
public static class FaultKinds
{
    public const string TooManyRequests = "429";
    public const string InternalServerError = "500";
    public const string ServiceUnavailable = "503";
    public const string Delay = "delay";

    public static readonly IReadOnlyList<string> All = [TooManyRequests, InternalServerError, ServiceUnavailable, Delay];
}

/// <summary>
/// A fault: requests to <see cref="OperationId"/> (of one provider when <see cref="Tenant"/> is set) answer an error, or
/// the normal answer late. <see cref="Times"/> counts down the matching requests left (null: no limit).
/// </summary>
public sealed record FaultRule(
    int Id,
    string OperationId,
    string Kind,
    string? Tenant,
    int? Times,
    double? Probability,
    int? DelayMs,
    int? RetryAfterSeconds)
{
    public bool Matches(string operationId, string tenant) =>
        OperationId == operationId && (Tenant is null || Tenant == tenant);

    /// <summary>The error this rule answers, or null when it only delays the normal answer.</summary>
    public PartooError? Error() => Kind switch
    {
        FaultKinds.TooManyRequests => PartooError.Message(StatusCodes.Status429TooManyRequests, "Too many requests"),
        FaultKinds.InternalServerError => PartooError.Message(StatusCodes.Status500InternalServerError, "Internal server error"),
        FaultKinds.ServiceUnavailable => PartooError.Message(StatusCodes.Status503ServiceUnavailable, "Service unavailable"),
        _ => null,
    };
}

/// <summary>The fault rules in force. Readers on the request path check <see cref="IsEmpty"/> first: one volatile read.</summary>
public sealed class FaultRules
{
    private readonly Lock _lock = new();
    private readonly List<FaultRule> _rules = [];
    private int _lastId;
    private int _count;

    public bool IsEmpty => Volatile.Read(ref _count) == 0;

    public FaultRule Add(CreateFaultRequest request)
    {
        lock (_lock)
        {
            var rule = new FaultRule(
                ++_lastId,
                request.OperationId!,
                request.Kind!,
                request.Tenant,
                request.Times,
                request.Probability,
                request.DelayMs,
                request.RetryAfterSeconds ?? (request.Kind == FaultKinds.TooManyRequests ? 1 : null));
            _rules.Add(rule);
            Volatile.Write(ref _count, _rules.Count);
            return rule;
        }
    }

    public IReadOnlyList<FaultRule> List()
    {
        lock (_lock)
        {
            return [.. _rules];
        }
    }

    public bool Remove(int id)
    {
        lock (_lock)
        {
            var removed = _rules.RemoveAll(r => r.Id == id) > 0;
            Volatile.Write(ref _count, _rules.Count);
            return removed;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _rules.Clear();
            Volatile.Write(ref _count, 0);
        }
    }

    /// <summary>
    /// The first rule, oldest first, that matches and fires (its probability drawn), counted down by one use;
    /// a rule whose last use this was is removed. Null when none fires.
    /// </summary>
    public FaultRule? Take(string operationId, string tenant)
    {
        lock (_lock)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var rule = _rules[i];
                if (!rule.Matches(operationId, tenant) || (rule.Probability is { } p && Random.Shared.NextDouble() >= p))
                {
                    continue;
                }

                if (rule.Times is not { } times)
                {
                    return rule;
                }

                if (times > 1)
                {
                    _rules[i] = rule with { Times = times - 1 };
                }
                else
                {
                    _rules.RemoveAt(i);
                    Volatile.Write(ref _count, _rules.Count);
                }

                return rule;
            }

            return null;
        }
    }
}

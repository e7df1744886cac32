using Microsoft.Extensions.Options;

namespace PartooGroups.Api.Diagnostics;

/// <summary>One answered <c>/v2</c> request. It holds no header value, so no API key.</summary>
public sealed record JournalEntry(
    DateTime Time,
    string Method,
    string Path,
    IReadOnlyList<string> QueryKeys,
    string? OperationId,
    int Status,
    double DurationMs,
    string? Tenant,
    string? Role,
    int? FaultId);

/// <summary>The latest requests in a fixed-size ring: recording is one short lock around two array writes, no I/O.</summary>
public sealed class RequestJournal(IOptions<DiagnosticsOptions> options)
{
    private readonly Lock _lock = new();
    private readonly JournalEntry?[] _entries = new JournalEntry?[options.Value.JournalSize];
    private int _next;
    private int _count;

    public void Record(JournalEntry entry)
    {
        lock (_lock)
        {
            _entries[_next] = entry;
            _next = (_next + 1) % _entries.Length;
            _count = Math.Min(_count + 1, _entries.Length);
        }
    }

    /// <summary>A copy of the kept entries, the newest first.</summary>
    public IReadOnlyList<JournalEntry> NewestFirst()
    {
        lock (_lock)
        {
            var copy = new JournalEntry[_count];
            for (var i = 0; i < _count; i++)
            {
                copy[i] = _entries[(_next - 1 - i + _entries.Length) % _entries.Length]!;
            }

            return copy;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            Array.Clear(_entries);
            _next = 0;
            _count = 0;
        }
    }
}

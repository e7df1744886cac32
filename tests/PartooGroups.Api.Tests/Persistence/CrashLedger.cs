using System.Collections.Concurrent;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>A group as the file may hold it: its section, its name and its businesses (sorted, comma-separated).</summary>
internal sealed record GroupState(int SectionId, string Name, string Businesses)
{
    public static GroupState Of(int sectionId, string name, IEnumerable<string> businessIds) =>
        new(sectionId, name, string.Join(",", businessIds.Order(StringComparer.Ordinal)));

    public override string ToString() => $"section {SectionId} \"{Name}\" [{Businesses}]";
}

/// <summary>
/// One group the crash load wrote: its id once an answer gave it, and the states the file may hold for it (null: no
/// group). An answered write leaves one state; a write that got no answer leaves the state before it and the one after.
/// </summary>
internal sealed class TrackedGroup
{
    private List<GroupState?> _possible = [null];

    public int? Id { get; private set; }

    public IReadOnlyList<GroupState?> Possible => _possible;

    /// <summary>The state an answer fixed, or null when the group is gone or its state is not known.</summary>
    public GroupState? Known => _possible is [{ } only] ? only : null;

    public void Answered(GroupState? state, int? id = null)
    {
        _possible = [state];
        Id ??= id;
    }

    public void Unanswered(GroupState? after) => _possible = [.. _possible, after];

    public void Resolve(int? id, GroupState? stored)
    {
        _possible = [stored];
        Id ??= id;
    }

    public override string ToString() =>
        $"group {Id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(no id)"} expected one of: "
        + string.Join(" | ", _possible.Select(s => s?.ToString() ?? "no group"));
}

/// <summary>Every group the load wrote, the answers that were not the expected ones, and the answer counts.</summary>
internal sealed class CrashLedger(string prefix)
{
    private readonly ConcurrentQueue<TrackedGroup> _groups = new();
    private readonly ConcurrentQueue<string> _unexpected = new();
    private int _succeeded;
    private int _refused;
    private int _unanswered;

    /// <summary>What every name the load sends starts with; no other test writes such a name.</summary>
    public string Prefix => prefix;

    public int Answered => Volatile.Read(ref _succeeded) + Volatile.Read(ref _refused);

    public int Succeeded => Volatile.Read(ref _succeeded);

    public int Refused => Volatile.Read(ref _refused);

    public int Unanswered => Volatile.Read(ref _unanswered);

    public IReadOnlyCollection<string> Unexpected => _unexpected;

    public TrackedGroup Track()
    {
        var group = new TrackedGroup();
        _groups.Enqueue(group);
        return group;
    }

    public void CountSucceeded() => Interlocked.Increment(ref _succeeded);

    public void CountRefused() => Interlocked.Increment(ref _refused);

    public void CountUnanswered() => Interlocked.Increment(ref _unanswered);

    public void Report(string unexpected) => _unexpected.Enqueue(unexpected);

    /// <summary>
    /// Compares the file with what the answers allow: each stored group of the load is a tracked group in one of its
    /// possible states (whole: name and every membership), each tracked group not stored may be absent. Then takes the
    /// stored states as the known ones, so the next round starts from them.
    /// </summary>
    public async Task ShouldMatchAsync(string databasePath)
    {
        var like = ("$prefix", (object)(prefix + "%"));
        var rows = await SandboxDatabase.RowsAsync(databasePath, "SELECT Id, SectionId, Name FROM Groups WHERE Name LIKE $prefix", like);
        var memberships = (await SandboxDatabase.RowsAsync(
                databasePath,
                "SELECT m.GroupId, b.Id FROM GroupBusinesses m JOIN Groups g ON g.Id = m.GroupId "
                + "JOIN Businesses b ON b.Key = m.BusinessKey WHERE g.Name LIKE $prefix",
                like))
            .ToLookup(row => (long)row[0]!, row => (string)row[1]!);

        var problems = new List<string>();
        var unmatched = _groups.ToList();
        foreach (var row in rows)
        {
            var id = (int)(long)row[0]!;
            var stored = GroupState.Of((int)(long)row[1]!, (string)row[2]!, memberships[id]);
            var group = unmatched.FirstOrDefault(g => g.Id == id)
                ?? unmatched.FirstOrDefault(g => g.Id is null && g.Possible.Contains(stored));
            if (group is null)
            {
                problems.Add($"group {id} {stored} is stored but is no answered or unanswered write: a refused write, or part of one");
                continue;
            }

            unmatched.Remove(group);
            if (group.Possible.Contains(stored))
            {
                group.Resolve(id, stored);
            }
            else
            {
                problems.Add($"stored {stored}, but {group}");
            }
        }

        foreach (var group in unmatched)
        {
            if (group.Possible.Contains(null))
            {
                group.Resolve(null, null);
            }
            else
            {
                problems.Add($"missing: {group}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}

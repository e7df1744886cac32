namespace PartooGroups.Api.Persistence;

/// <summary>
/// A number that grows with every committed transaction of this process (every write endpoint, every admin operation,
/// the seed): what was read at one version is still true while <see cref="Current"/> has not moved.
/// The sandbox process is the only writer of its database file.
/// </summary>
public sealed class DataVersion
{
    private long _value;

    public long Current => Volatile.Read(ref _value);

    public void Advance() => Interlocked.Increment(ref _value);
}

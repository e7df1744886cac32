namespace PartooGroups.Api.Persistence;

/// <summary>Set once the database is migrated and seeded; <c>/health/ready</c> answers 503 until then.</summary>
public sealed class DatabaseReadiness
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void MarkReady() => _ready = true;
}

namespace PartooGroups.Api.Persistence.Seed;

/// <summary>A seed that cannot be loaded; its message names every bad entry.</summary>
public sealed class SeedException : Exception
{
    public SeedException(string message)
        : base(message)
    {
    }

    public SeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SeedException()
    {
    }
}

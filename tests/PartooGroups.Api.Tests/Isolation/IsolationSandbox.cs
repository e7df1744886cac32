using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Isolation;

/// <summary>A sandbox loaded with isolation-seed.json (<see cref="IsolationSeed"/>) through <see cref="SandboxFactory.SeedPath"/>.</summary>
public sealed class IsolationSandbox : SandboxFactory
{
    public IsolationSandbox()
    {
        SeedPath = Path.Combine(AppContext.BaseDirectory, "Isolation", IsolationSeed.FileName);
    }
}

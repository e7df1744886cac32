using System.Net;

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>
/// Proves that a rejected write committed nothing. Ids are assigned in increasing order and a rolled-back write
/// takes none, so a creation just before the write and one just after it get consecutive ids only when nothing
/// was created in between, in any section or organization. Tests of one class run one at a time, so nothing else
/// writes to their database meanwhile.
/// </summary>
public sealed class WriteProbe
{
    private readonly Func<Task<int>> _create;
    private readonly int _before;

    private WriteProbe(Func<Task<int>> create, int before)
    {
        _create = create;
        _before = before;
    }

    /// <summary>Starts a probe on group ids (groups created by the organization 1 admin).</summary>
    public static async Task<WriteProbe> GroupsAsync(SandboxFactory sandbox)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        Func<Task<int>> create = () => admin.CreateGroupAsync(DemoData.CountrySection);
        return new WriteProbe(create, await create());
    }

    /// <summary>Starts a probe on organization ids (organizations created by the provider).</summary>
    public static async Task<WriteProbe> OrganizationsAsync(SandboxFactory sandbox)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        var provider = sandbox.CreateClient(DemoData.ProviderKey);
        Func<Task<int>> create = async () =>
        {
            var response = await provider.PostJsonAsync(Routes.Organizations, $$"""{"name":"Probe {{Guid.NewGuid():N}}"}""");
            var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            return body["org_id"]!.GetValue<int>();
        };
        return new WriteProbe(create, await create());
    }

    /// <summary>Asserts that nothing was created since the probe started.</summary>
    public async Task ShouldSeeNothingWrittenAsync()
    {
        var after = await _create();
        Assert.True(after == _before + 1, $"Ids {_before} then {after}: something was created in between.");
    }
}

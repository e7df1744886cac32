using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.BadInput;

/// <summary>The bad-input matrix on the groups routes, one sandbox for all rows.</summary>
public sealed class GroupsBadInputTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    public static TheoryData<string> Rows => BadInputMatrix.Rows(BadInputRoutes.Groups);

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Request_WithBadInput_Returns4xxInVendorShapeAndChangesNothing(string row) => BadInputRunner.RunAsync(sandbox, row);
}

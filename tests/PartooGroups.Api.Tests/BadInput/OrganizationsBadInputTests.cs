using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.BadInput;

/// <summary>The bad-input matrix on the organizations routes, one sandbox for all rows.</summary>
public sealed class OrganizationsBadInputTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    public static TheoryData<string> Rows => BadInputMatrix.Rows(BadInputRoutes.Organizations);

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Request_WithBadInput_Returns4xxInVendorShapeAndChangesNothing(string row) => BadInputRunner.RunAsync(sandbox, row);
}

using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Seed;

/// <summary>The sandbox started with a seed file of its own (<c>--seed</c>) instead of the demo data.</summary>
public sealed class CustomSeedTests(CustomSeedTests.AcmeSandbox sandbox) : IClassFixture<CustomSeedTests.AcmeSandbox>
{
    [Fact]
    public async Task GetGroup_FromSeedFile_AnswersWithTheSeededIdsAndMembers()
    {
        // Arrange
        var client = sandbox.CreateClient(AcmeSeed.AdminKey);

        // Act
        var response = await client.GetAsync(Routes.Group(AcmeSeed.RegionSection, AcmeSeed.West), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":701,"name":"West","has_puller":false,"business_ids":["{{AcmeSeed.Nantes}}","{{AcmeSeed.Brest}}"]}
            """);
    }

    [Fact]
    public async Task GetGroup_WithADemoKey_Returns401BecauseTheDemoDataIsNotLoaded()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var response = await client.GetAsync(Routes.Group(AcmeSeed.RegionSection, AcmeSeed.North), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Fact]
    public async Task CreateGroup_BySeededGroupManager_GetsTheBusinessesOfItsSeededAccesses()
    {
        // Arrange
        var client = sandbox.CreateClient(AcmeSeed.GroupManagerKey);
        var name = $"Mine {Guid.NewGuid():N}";
        var created = await client.PostJsonAsync(Routes.Groups(AcmeSeed.FormatSection), $$"""{"name":"{{name}}"}""");
        var id = (await created.ShouldHaveStatusAsync(HttpStatusCode.OK))["id"]!.GetValue<int>();

        // Act
        var response = await client.GetAsync(Routes.Group(AcmeSeed.FormatSection, id), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":{{id}},"name":"{{name}}","has_puller":false,"business_ids":["{{AcmeSeed.Nantes}}"]}
            """);
    }

    [Fact]
    public async Task CreateGroup_BySeededPublisher_Returns403()
    {
        // Arrange
        var client = sandbox.CreateClient(AcmeSeed.PublisherKey);

        // Act
        var response = await client.PostJsonAsync(Routes.Groups(AcmeSeed.RegionSection), """{"name":"Not allowed"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task CreateGroup_AfterSeedWithGivenIds_GetsAnIdAfterTheHighestSeededOne()
    {
        // Arrange
        var client = sandbox.CreateClient(AcmeSeed.AdminKey);

        // Act
        var response = await client.PostJsonAsync(Routes.Groups(AcmeSeed.RegionSection), $$"""{"name":"New {{Guid.NewGuid():N}}","business__in":[]}""");

        // Assert
        var id = (await response.ShouldHaveStatusAsync(HttpStatusCode.OK))["id"]!.GetValue<int>();
        Assert.True(id > AcmeSeed.Big, $"id {id} is not after the highest seeded group id {AcmeSeed.Big}");
    }

    [Fact]
    public async Task CreateOrganization_BySeededProvider_GetsTheIdAfterTheHighestSeededOne()
    {
        // Arrange
        var client = sandbox.CreateClient(AcmeSeed.ProviderKey);

        // Act
        var response = await client.PostJsonAsync(Routes.Organizations, """{"name":"Acme Outlet"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, """{"status":"success","org_id":9,"alias":"acme_outlet","max_businesses":null}""");
    }

    /// <summary>A fresh sandbox started with <see cref="AcmeSeed"/> written to a temporary file.</summary>
    public sealed class AcmeSandbox : SandboxFactory
    {
        public AcmeSandbox() => SeedPath = AcmeSeed.WriteTempFile(AcmeSeed.Text);

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                File.Delete(SeedPath!);
            }
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using PartooGroups.Testing;

namespace PartooGroups.Api.Tests.Testing;

/// <summary>How an integrator's test suite uses the PartooGroups.Testing fixture: a client per role and a reset.</summary>
public sealed class PartooSandboxFixtureTests(PartooSandbox sandbox) : IClassFixture<PartooSandbox>
{
    [Fact]
    public async Task ClientFor_OrgAdmin_ReadsAGroupOfTheDemoData()
    {
        var response = await sandbox.ClientFor("ORG_ADMIN").GetAsync("/v2/sections/1/groups/1", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"name\":\"France\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientFor_Publisher_IsRefusedAWrite()
    {
        var response = await sandbox.ClientFor("PUBLISHER").PostAsJsonAsync("/v2/sections/1/groups", new { name = "Nope" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ResetAsync_TakesBackWhatATestCreated()
    {
        // Arrange
        var admin = sandbox.ClientFor("ORG_ADMIN");
        var created = await admin.PostAsJsonAsync("/v2/sections/2/groups", new { name = $"Temporary {Guid.NewGuid():N}", business__in = Array.Empty<string>() }, TestContext.Current.CancellationToken);
        var id = (await created.Content.ReadFromJsonAsync<CreatedGroup>(TestContext.Current.CancellationToken))!.Id;
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/v2/sections/2/groups/{id}", TestContext.Current.CancellationToken)).StatusCode);

        // Act
        await sandbox.ResetAsync(TestContext.Current.CancellationToken);

        // Assert
        var after = await sandbox.ClientFor("ORG_ADMIN").GetAsync($"/v2/sections/2/groups/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public void ClientFor_ARoleNobodyHas_SaysSo()
    {
        var error = Assert.Throws<ArgumentException>(() => sandbox.ClientFor("NO_SUCH_ROLE"));

        Assert.Contains("NO_SUCH_ROLE", error.Message, StringComparison.Ordinal);
    }

    private sealed record CreatedGroup(string Status, int Id);
}

/// <summary>A fixture with a seed of one's own: override <see cref="PartooSandbox.SeedPath"/>.</summary>
public sealed class OneStoreSandbox : PartooSandbox
{
    private static readonly string Seed = WriteSeed();

    public override string? SeedPath => Seed;

    private static string WriteSeed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"one-store-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"providers":[{"id":"shop"}],
             "organizations":[{"org_id":1,"name":"Shop","provider":"shop"}],
             "businesses":[{"id":"aaaaaaaaaaaaaaaaaaaaaaaa","org_id":1,"name":"The store"}],
             "sections":[{"id":1,"org_id":1,"name":"All","groups":[{"id":1,"name":"Everything","business_ids":["aaaaaaaaaaaaaaaaaaaaaaaa"]}]}],
             "users":[{"email":"boss@shop.example","role":"ORG_ADMIN","org_id":1,"api_key":"shop-admin-key"}]}
            """);
        return path;
    }
}

public sealed class PartooSandboxCustomSeedTests(OneStoreSandbox sandbox) : IClassFixture<OneStoreSandbox>
{
    [Fact]
    public async Task ClientFor_OrgAdminOfTheSeed_ReadsItsGroup()
    {
        var response = await sandbox.ClientFor("ORG_ADMIN").GetAsync("/v2/sections/1/groups/1", TestContext.Current.CancellationToken);

        Assert.Equal(
            """{"id":1,"name":"Everything","has_puller":false,"business_ids":["aaaaaaaaaaaaaaaaaaaaaaaa"]}""",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

/// <summary>A fixture on a real socket: override <see cref="PartooSandbox.ServesOnSocket"/>.</summary>
public sealed class SocketSandbox : PartooSandbox
{
    public override bool ServesOnSocket => true;
}

public sealed class PartooSandboxOnSocketTests(SocketSandbox sandbox) : IClassFixture<SocketSandbox>
{
    [Fact]
    public async Task BaseAddress_OnSocket_AnswersAClientOutsideTheFixture()
    {
        // Arrange
        using var outside = new HttpClient { BaseAddress = sandbox.BaseAddress };
        outside.DefaultRequestHeaders.Add("x-APIKey", "demo-org-admin-key");

        // Act
        var response = await outside.GetAsync("/v2/sections/1/groups/1", TestContext.Current.CancellationToken);

        // Assert
        Assert.Matches("^http://127\\.0\\.0\\.1:[0-9]+/$", sandbox.BaseAddress.ToString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

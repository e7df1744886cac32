using System.Net;
using System.Net.Http.Json;
using PartooGroups.Testing;

namespace PartooGroups.Api.Tests.Testing;

/// <summary>How an integrator's test makes the sandbox fail through the fixture, to see their client's retry path.</summary>
public sealed class PartooSandboxFaultRuleTests(PartooSandbox sandbox) : IClassFixture<PartooSandbox>
{
    [Fact]
    public async Task AddFaultRuleAsync_503Once_FailsTheNextCreateGroupThenLetsItThrough()
    {
        // Arrange
        await sandbox.AddFaultRuleAsync(new SandboxFaultRule("createGroup", "503") { Times = 1 }, TestContext.Current.CancellationToken);
        var client = sandbox.ClientFor("ORG_ADMIN");
        var group = new { name = $"Retried {Guid.NewGuid():N}", business__in = Array.Empty<string>() };

        // Act
        var faulted = await client.PostAsJsonAsync("/v2/sections/1/groups", group, TestContext.Current.CancellationToken);
        var retried = await client.PostAsJsonAsync("/v2/sections/1/groups", group, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, faulted.StatusCode);
        Assert.Equal("""{"errors":{"json":"Service unavailable"}}""", await faulted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Matches("""^\{"status":"success","id":\d+\}$""", await retried.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AddFaultRuleAsync_429WithRetryAfter_AnswersTheHeader()
    {
        // Arrange
        await sandbox.AddFaultRuleAsync(new SandboxFaultRule("getGroup", "429") { Times = 1, RetryAfterSeconds = 7 }, TestContext.Current.CancellationToken);

        // Act
        var response = await sandbox.ClientFor("ORG_ADMIN").GetAsync("/v2/sections/1/groups/1", TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        Assert.Equal("""{"errors":{"json":"Too many requests"}}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RemoveFaultRuleAsync_RuleWithoutLimit_StopsTheFault()
    {
        // Arrange
        var id = await sandbox.AddFaultRuleAsync(new SandboxFaultRule("getGroup", "500") { Tenant = "partoo-sandbox" }, TestContext.Current.CancellationToken);

        // Act
        await sandbox.RemoveFaultRuleAsync(id, TestContext.Current.CancellationToken);

        // Assert
        var response = await sandbox.ClientFor("ORG_ADMIN").GetAsync("/v2/sections/1/groups/1", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ClearFaultRulesAsync_RemovesEveryRule()
    {
        // Arrange
        await sandbox.AddFaultRuleAsync(new SandboxFaultRule("getGroup", "500"), TestContext.Current.CancellationToken);
        await sandbox.AddFaultRuleAsync(new SandboxFaultRule("createGroup", "503"), TestContext.Current.CancellationToken);

        // Act
        await sandbox.ClearFaultRulesAsync(TestContext.Current.CancellationToken);

        // Assert
        using var admin = sandbox.AdminClient();
        var rules = await admin.GetStringAsync("/_sandbox/faults", TestContext.Current.CancellationToken);
        Assert.Equal("""{"faults":[]}""", rules);
    }

    [Fact]
    public async Task AddFaultRuleAsync_UnknownKind_ThrowsWithTheSandboxMessage()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => sandbox.AddFaultRuleAsync(new SandboxFaultRule("getGroup", "404"), TestContext.Current.CancellationToken));

        Assert.StartsWith("The sandbox refused the fault rule (400): {\"errors\":{\"json\":{\"kind\":", error.Message, StringComparison.Ordinal);
    }
}

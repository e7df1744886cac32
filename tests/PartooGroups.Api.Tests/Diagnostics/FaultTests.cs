using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Diagnostics;

/// <summary>Fault rules as the client under test sees them: status, vendor error body, Retry-After.</summary>
public sealed class FaultTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const string France = "/v2/sections/1/groups/1";

    private readonly HttpClient _admin = sandbox.CreateAdminClient();
    private readonly HttpClient _client = sandbox.CreateClient(DemoData.ProviderKey);

    [Theory]
    [InlineData("""{"operation_id":"getGroup","kind":"429"}""", HttpStatusCode.TooManyRequests, """{"errors":{"json":"Too many requests"}}""", "1")]
    [InlineData("""{"operation_id":"getGroup","kind":"429","retry_after_seconds":30}""", HttpStatusCode.TooManyRequests, """{"errors":{"json":"Too many requests"}}""", "30")]
    [InlineData("""{"operation_id":"getGroup","kind":"500"}""", HttpStatusCode.InternalServerError, """{"errors":{"json":"Internal server error"}}""", null)]
    [InlineData("""{"operation_id":"getGroup","kind":"503"}""", HttpStatusCode.ServiceUnavailable, """{"errors":{"json":"Service unavailable"}}""", null)]
    [InlineData("""{"operation_id":"getGroup","kind":"503","retry_after_seconds":5}""", HttpStatusCode.ServiceUnavailable, """{"errors":{"json":"Service unavailable"}}""", "5")]
    public async Task GetGroup_WithErrorFault_AnswersTheFault(string rule, HttpStatusCode status, string body, string? retryAfter)
    {
        // Arrange
        await _admin.ClearFaultsAsync();
        await _admin.AddFaultAsync(rule);

        // Act
        var response = await _client.GetAsync(France, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(status, body);
        Assert.Equal(retryAfter, response.Headers.TryGetValues("Retry-After", out var values) ? string.Join(",", values) : null);
    }

    [Fact]
    public async Task CreateFault_WithEveryField_ReturnsTheRuleWithItsId()
    {
        // Arrange
        await _admin.ClearFaultsAsync();

        // Act
        var response = await _admin.PostJsonAsync(SandboxAdmin.Faults,
            """{"operation_id":"createGroup","kind":"503","tenant":"partoo-sandbox","times":2,"probability":0.5,"delay_ms":10,"retry_after_seconds":9}""");

        // Assert
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"id":{{body["id"]}},"operation_id":"createGroup","kind":"503","tenant":"partoo-sandbox","times":2,"probability":0.5,
             "delay_ms":10,"retry_after_seconds":9}
            """);
    }

    [Fact]
    public async Task GetGroup_WithFaultForOneTime_FailsOnceThenAnswersNormally()
    {
        // Arrange
        await _admin.ClearFaultsAsync();
        await _admin.AddFaultAsync("""{"operation_id":"getGroup","kind":"500","times":1}""");

        // Act
        var first = await _client.GetAsync(France, TestContext.Current.CancellationToken);
        var second = await _client.GetAsync(France, TestContext.Current.CancellationToken);

        // Assert
        await first.ShouldBeAsync(HttpStatusCode.InternalServerError, """{"errors":{"json":"Internal server error"}}""");
        await second.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await _admin.GetAsync(SandboxAdmin.Faults, TestContext.Current.CancellationToken)).ShouldBeAsync(HttpStatusCode.OK, """{"faults":[]}""");
    }

    [Fact]
    public async Task ListFaults_AfterOneOfTwoUses_ShowsOneTimeLeft()
    {
        // Arrange
        await _admin.ClearFaultsAsync();
        var id = await _admin.AddFaultAsync("""{"operation_id":"getGroup","kind":"429","times":2}""");
        await _client.GetAsync(France, TestContext.Current.CancellationToken);

        // Act
        var response = await _admin.GetAsync(SandboxAdmin.Faults, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"faults":[{"id":{{id}},"operation_id":"getGroup","kind":"429","tenant":null,"times":1,"probability":null,
                        "delay_ms":null,"retry_after_seconds":1}]}
            """);
    }

    [Fact]
    public async Task GetGroup_WithProbabilityZero_NeverFails()
    {
        // Arrange
        await _admin.ClearFaultsAsync();
        await _admin.AddFaultAsync("""{"operation_id":"getGroup","kind":"500","probability":0}""");

        // Act
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            statuses.Add((await _client.GetAsync(France, TestContext.Current.CancellationToken)).StatusCode);
        }

        // Assert
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task GetGroup_WithProbabilityOne_AlwaysFails()
    {
        // Arrange
        await _admin.ClearFaultsAsync();
        await _admin.AddFaultAsync("""{"operation_id":"getGroup","kind":"503","probability":1}""");

        // Act
        var response = await _client.GetAsync(France, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.ServiceUnavailable, """{"errors":{"json":"Service unavailable"}}""");
    }

    [Fact]
    public async Task GetGroup_WithDelayFault_AnswersNormallyAndUsesTheRule()
    {
        // Arrange
        await _admin.ClearFaultsAsync();
        await _admin.AddFaultAsync("""{"operation_id":"getGroup","kind":"delay","delay_ms":50,"times":1}""");

        // Act
        var response = await _client.GetAsync(Routes.Group(DemoData.CountrySection, DemoData.Italy), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, """
            {"id":2,"name":"Italy","has_puller":false,"business_ids":["5409c35a97bbc544d8e26705","5409c35a97bbc544d8e26706","5409c35a97bbc544d8e26707"]}
            """);
        await (await _admin.GetAsync(SandboxAdmin.Faults, TestContext.Current.CancellationToken)).ShouldBeAsync(HttpStatusCode.OK, """{"faults":[]}""");
    }

    [Fact]
    public async Task CreateGroup_WithErrorFault_CreatesNothing()
    {
        // Arrange
        await _admin.ClearFaultsAsync();
        await _admin.AddFaultAsync("""{"operation_id":"createGroup","kind":"500","times":1}""");
        var body = $$"""{"name":"Faulted {{Guid.NewGuid():N}}","business__in":[]}""";

        // Act
        var faulted = await _client.PostJsonAsync(Routes.Groups(DemoData.CategorySection), body);
        var retried = await _client.PostJsonAsync(Routes.Groups(DemoData.CategorySection), body);

        // Assert
        await faulted.ShouldBeAsync(HttpStatusCode.InternalServerError, """{"errors":{"json":"Internal server error"}}""");
        var created = await retried.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal("success", created["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetGroup_WithFaultOnAnotherOperation_AnswersNormally()
    {
        // Arrange
        await _admin.ClearFaultsAsync();
        await _admin.AddFaultAsync("""{"operation_id":"createGroup","kind":"500"}""");

        // Act
        var response = await _client.GetAsync(France, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GetGroup_WithoutApiKey_Answers401BeforeAnyFault()
    {
        // Arrange
        await _admin.ClearFaultsAsync();
        await _admin.AddFaultAsync("""{"operation_id":"getGroup","kind":"500"}""");

        // Act
        var response = await sandbox.CreateClient(apiKey: null).GetAsync(France, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
    }

    [Fact]
    public async Task ListRequests_AfterFaultedRequest_RecordsTheFaultedAnswer()
    {
        // Arrange
        await _admin.ClearFaultsAsync();
        var id = await _admin.AddFaultAsync("""{"operation_id":"getGroup","kind":"503","times":1}""");
        await _admin.ClearJournalAsync();
        await _client.GetAsync(France, TestContext.Current.CancellationToken);

        // Act
        var requests = await _admin.JournalAsync();

        // Assert
        requests.ShouldBe($$"""
            [{"method":"GET","path":"/v2/sections/1/groups/1","query_keys":[],"operation_id":"getGroup","status":503,
              "tenant":"partoo-sandbox","role":"PROVIDER","fault_id":{{id}}}]
            """);
    }
}

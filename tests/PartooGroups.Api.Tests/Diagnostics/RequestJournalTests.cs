using System.Globalization;
using System.Net;
using PartooGroups.Api.Tests.Infrastructure;
using PartooGroups.Api.Tests.Organizations;

namespace PartooGroups.Api.Tests.Diagnostics;

/// <summary>GET/DELETE /_sandbox/journal: the latest /v2 requests, without any key or header value.</summary>
public sealed class RequestJournalTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private readonly HttpClient _admin = sandbox.CreateAdminClient();

    [Fact]
    public async Task ListRequests_AfterGetGroup_RecordsTheRequestWithCallerAndOperation()
    {
        // Arrange
        await _admin.ClearJournalAsync();
        await sandbox.CreateClient(DemoData.OrgAdminKey).GetAsync(Routes.Group(DemoData.CountrySection, DemoData.France), TestContext.Current.CancellationToken);

        // Act
        var requests = await _admin.JournalAsync();

        // Assert
        requests.ShouldBe("""
            [{"method":"GET","path":"/v2/sections/1/groups/1","query_keys":[],"operation_id":"getGroup","status":200,
              "tenant":"partoo-sandbox","role":"ORG_ADMIN","fault_id":null}]
            """);
        var time = requests[0]!["time"]!.GetValue<string>();
        Assert.EndsWith("Z", time, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, DateTimeOffset.Parse(time, CultureInfo.InvariantCulture).Offset);
        Assert.True(requests[0]!["duration_ms"]!.GetValue<double>() >= 0);
    }

    [Fact]
    public async Task ListRequests_AfterCreateGroup_RecordsTheWrite()
    {
        // Arrange
        await _admin.ClearJournalAsync();
        await sandbox.CreateClient(DemoData.ProviderKey).PostJsonAsync(
            Routes.Groups(DemoData.CategorySection), $$"""{"name":"Journal {{Guid.NewGuid():N}}","business__in":[]}""");

        // Act
        var requests = await _admin.JournalAsync();

        // Assert
        requests.ShouldBe("""
            [{"method":"POST","path":"/v2/sections/2/groups","query_keys":[],"operation_id":"createGroup","status":200,
              "tenant":"partoo-sandbox","role":"PROVIDER","fault_id":null}]
            """);
    }

    [Fact]
    public async Task ListRequests_Always_HoldsNeitherTheApiKeyNorQueryValues()
    {
        // Arrange
        await _admin.ClearJournalAsync();
        await sandbox.CreateClient(DemoData.GroupManagerKey).GetAsync(
            Routes.Group(DemoData.CountrySection, DemoData.France) + "?token=query-secret-value&page=2", TestContext.Current.CancellationToken);
        await sandbox.CreateClient("unknown-key-that-must-not-leak").GetAsync(Routes.Organizations, TestContext.Current.CancellationToken);

        // Act
        var response = await _admin.GetAsync(SandboxAdmin.Journal, TestContext.Current.CancellationToken);

        // Assert
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(DemoData.GroupManagerKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown-key-that-must-not-leak", text, StringComparison.Ordinal);
        Assert.DoesNotContain("query-secret-value", text, StringComparison.Ordinal);
        Assert.Contains("\"query_keys\":[\"token\",\"page\"]", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListRequests_RequestWithUnknownKey_Records401WithoutCaller()
    {
        // Arrange
        await _admin.ClearJournalAsync();
        await sandbox.CreateClient("not-a-key").PostJsonAsync(Routes.Groups(DemoData.CountrySection), """{"name":"Nope"}""");

        // Act
        var requests = await _admin.JournalAsync();

        // Assert
        requests.ShouldBe("""
            [{"method":"POST","path":"/v2/sections/1/groups","query_keys":[],"operation_id":"createGroup","status":401,
              "tenant":null,"role":null,"fault_id":null}]
            """);
    }

    [Fact]
    public async Task ListRequests_UnknownRoute_RecordsNullOperationId()
    {
        // Arrange
        await _admin.ClearJournalAsync();
        await sandbox.CreateClient(DemoData.PublisherKey).GetAsync("/v2/no/such/route", TestContext.Current.CancellationToken);

        // Act
        var requests = await _admin.JournalAsync();

        // Assert
        requests.ShouldBe("""
            [{"method":"GET","path":"/v2/no/such/route","query_keys":[],"operation_id":null,"status":404,
              "tenant":"partoo-sandbox","role":"PUBLISHER","fault_id":null}]
            """);
    }

    [Fact]
    public async Task ListRequests_OutsideV2_RecordsNothing()
    {
        // Arrange
        await _admin.ClearJournalAsync();
        await sandbox.CreateClient(apiKey: null).GetAsync("/health/live", TestContext.Current.CancellationToken);
        await _admin.GetAsync(SandboxAdmin.Faults, TestContext.Current.CancellationToken);

        // Act
        var response = await _admin.GetAsync(SandboxAdmin.Journal, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, """{"count":0,"requests":[]}""");
    }

    [Fact]
    public async Task ListRequests_WithTenant_KeepsOnlyThatProvidersRequests()
    {
        // Arrange
        await _admin.ClearJournalAsync();
        await sandbox.CreateClient(apiKey: null).GetAsync(Routes.Group(DemoData.CountrySection, DemoData.Italy), TestContext.Current.CancellationToken);
        await sandbox.CreateClient(DemoData.OrgManagerKey).GetAsync(Routes.Group(DemoData.CountrySection, DemoData.Italy), TestContext.Current.CancellationToken);

        // Act
        var requests = await _admin.JournalAsync("?tenant=" + DemoData.ProviderId);

        // Assert
        requests.ShouldBe("""
            [{"method":"GET","path":"/v2/sections/1/groups/2","query_keys":[],"operation_id":"getGroup","status":200,
              "tenant":"partoo-sandbox","role":"ORG_MANAGER","fault_id":null}]
            """);
    }

    [Fact]
    public async Task ListRequests_WithOperationId_KeepsOnlyThatOperation()
    {
        // Arrange
        await _admin.ClearJournalAsync();
        var client = sandbox.CreateClient(DemoData.ProviderKey);
        await client.GetAsync(Routes.Group(DemoData.CountrySection, DemoData.Italy), TestContext.Current.CancellationToken);
        await client.GetAsync(OrganizationApi.Organization(DemoData.Org1), TestContext.Current.CancellationToken);

        // Act
        var requests = await _admin.JournalAsync("?operation_id=getOrganization");

        // Assert
        requests.ShouldBe("""
            [{"method":"GET","path":"/v2/org/1","query_keys":[],"operation_id":"getOrganization","status":200,
              "tenant":"partoo-sandbox","role":"PROVIDER","fault_id":null}]
            """);
    }

    [Fact]
    public async Task ListRequests_WithLimit_ReturnsTheNewestFirst()
    {
        // Arrange
        await _admin.ClearJournalAsync();
        var client = sandbox.CreateClient(DemoData.ProviderKey);
        foreach (var group in new[] { DemoData.France, DemoData.Italy, DemoData.Spain })
        {
            await client.GetAsync(Routes.Group(DemoData.CountrySection, group), TestContext.Current.CancellationToken);
        }

        // Act
        var requests = await _admin.JournalAsync("?limit=2");

        // Assert
        requests.ShouldBe("""
            [{"method":"GET","path":"/v2/sections/1/groups/6","query_keys":[],"operation_id":"getGroup","status":404,
              "tenant":"partoo-sandbox","role":"PROVIDER","fault_id":null},
             {"method":"GET","path":"/v2/sections/1/groups/2","query_keys":[],"operation_id":"getGroup","status":200,
              "tenant":"partoo-sandbox","role":"PROVIDER","fault_id":null}]
            """);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("abc")]
    public async Task ListRequests_WithBadLimit_Returns400OnLimit(string limit)
    {
        // Act
        var response = await _admin.GetAsync(SandboxAdmin.Journal + "?limit=" + limit, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(
            "limit", limit == "0" ? "Must be greater than or equal to 1." : "Not a valid integer."));
    }

    [Fact]
    public async Task ClearRequests_AfterRequests_EmptiesTheJournal()
    {
        // Arrange
        await sandbox.CreateClient(DemoData.ProviderKey).GetAsync(OrganizationApi.Organization(DemoData.Org1), TestContext.Current.CancellationToken);

        // Act
        var cleared = await _admin.DeleteAsync(SandboxAdmin.Journal, TestContext.Current.CancellationToken);

        // Assert
        await cleared.ShouldBeAsync(HttpStatusCode.OK, """{"status":"success"}""");
        await (await _admin.GetAsync(SandboxAdmin.Journal, TestContext.Current.CancellationToken))
            .ShouldBeAsync(HttpStatusCode.OK, """{"count":0,"requests":[]}""");
    }
}

using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Diagnostics;

/// <summary>POST/GET/DELETE /_sandbox/faults: the list of rules and the validation of a new one.</summary>
public sealed class FaultRulesTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private readonly HttpClient _admin = sandbox.CreateAdminClient();

    [Fact]
    public async Task ListFaults_AfterTwoRules_ListsThemOldestFirst()
    {
        // Arrange
        await _admin.ClearFaultsAsync();
        var first = await _admin.AddFaultAsync("""{"operation_id":"getGroup","kind":"delay","delay_ms":5}""");
        var second = await _admin.AddFaultAsync("""{"operation_id":"createOrganization","kind":"500","tenant":"acme","times":3}""");

        // Act
        var response = await _admin.GetAsync(SandboxAdmin.Faults, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""
            {"faults":[
              {"id":{{first}},"operation_id":"getGroup","kind":"delay","tenant":null,"times":null,"probability":null,"delay_ms":5,"retry_after_seconds":null},
              {"id":{{second}},"operation_id":"createOrganization","kind":"500","tenant":"acme","times":3,"probability":null,"delay_ms":null,"retry_after_seconds":null}
            ]}
            """);
        Assert.True(second > first);
    }

    [Fact]
    public async Task DeleteFault_KnownId_RemovesOnlyThatRule()
    {
        // Arrange
        await _admin.ClearFaultsAsync();
        var doomed = await _admin.AddFaultAsync("""{"operation_id":"getGroup","kind":"500"}""");
        var kept = await _admin.AddFaultAsync("""{"operation_id":"getGroup","kind":"503"}""");

        // Act
        var response = await _admin.DeleteAsync(SandboxAdmin.Fault(doomed), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, """{"status":"success"}""");
        var list = await (await _admin.GetAsync(SandboxAdmin.Faults, TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal([kept], list["faults"]!.AsArray().Select(f => f!["id"]!.GetValue<int>()));
    }

    [Fact]
    public async Task DeleteFault_UnknownId_Returns404()
    {
        // Act
        var response = await _admin.DeleteAsync(SandboxAdmin.Fault(999_999), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task ClearFaults_WithRules_RemovesEveryRule()
    {
        // Arrange
        await _admin.AddFaultAsync("""{"operation_id":"getGroup","kind":"500"}""");

        // Act
        var response = await _admin.DeleteAsync(SandboxAdmin.Faults, TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, """{"status":"success"}""");
        await (await _admin.GetAsync(SandboxAdmin.Faults, TestContext.Current.CancellationToken)).ShouldBeAsync(HttpStatusCode.OK, """{"faults":[]}""");
    }

    [Fact]
    public async Task CreateFault_AfterClear_NeverReusesAnId()
    {
        // Arrange
        var before = await _admin.AddFaultAsync("""{"operation_id":"getGroup","kind":"500"}""");
        await _admin.ClearFaultsAsync();

        // Act
        var after = await _admin.AddFaultAsync("""{"operation_id":"getGroup","kind":"500"}""");

        // Assert
        Assert.True(after > before);
    }

    [Theory]
    [InlineData("""{"kind":"500"}""", "operation_id", "Missing data for required field.")]
    [InlineData("""{"operation_id":"getGroupz","kind":"500"}""", "operation_id", "unknown_operation_id")]
    [InlineData("""{"operation_id":"sandboxListFaults","kind":"500"}""", "operation_id", "unknown_operation_id")]
    [InlineData("""{"operation_id":"getGroup"}""", "kind", "Missing data for required field.")]
    [InlineData("""{"operation_id":"getGroup","kind":"404"}""", "kind", "Must be one of: 429, 500, 503, delay.")]
    [InlineData("""{"operation_id":"getGroup","kind":"500","tenant":" "}""", "tenant", "Field may not be blank.")]
    [InlineData("""{"operation_id":"getGroup","kind":"500","times":0}""", "times", "Must be greater than or equal to 1.")]
    [InlineData("""{"operation_id":"getGroup","kind":"500","probability":1.5}""", "probability", "Must be greater than or equal to 0 and less than or equal to 1.")]
    [InlineData("""{"operation_id":"getGroup","kind":"delay"}""", "delay_ms", "Missing data for required field.")]
    [InlineData("""{"operation_id":"getGroup","kind":"delay","delay_ms":60001}""", "delay_ms", "Must be greater than or equal to 0 and less than or equal to 60000.")]
    [InlineData("""{"operation_id":"getGroup","kind":"500","retry_after_seconds":3}""", "retry_after_seconds", "Only for kinds 429 and 503.")]
    [InlineData("""{"operation_id":"getGroup","kind":"429","retry_after_seconds":-1}""", "retry_after_seconds", "Must be greater than or equal to 0 and less than or equal to 86400.")]
    public async Task CreateFault_WithBadField_Returns400OnThatField(string json, string field, string message)
    {
        // Act
        var response = await _admin.PostJsonAsync(SandboxAdmin.Faults, json);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(field, message));
    }
}

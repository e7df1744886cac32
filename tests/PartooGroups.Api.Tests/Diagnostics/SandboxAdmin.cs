using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Diagnostics;

/// <summary>The <c>/_sandbox</c> admin routes, driven as a test suite would drive them.</summary>
public static class SandboxAdmin
{
    public const string AdminKeyHeader = "x-Sandbox-Admin-Key";
    public const string AdminKey = "sandbox-admin-key";
    public const string Journal = "/_sandbox/journal";
    public const string Faults = "/_sandbox/faults";

    public static string Fault(int id) => string.Create(CultureInfo.InvariantCulture, $"/_sandbox/faults/{id}");

    /// <summary>A client that sends the default admin key.</summary>
    public static HttpClient CreateAdminClient(this SandboxFactory sandbox)
    {
        var client = sandbox.CreateClient(apiKey: null);
        client.DefaultRequestHeaders.Add(AdminKeyHeader, AdminKey);
        return client;
    }

    public static async Task ClearJournalAsync(this HttpClient admin) =>
        await (await admin.DeleteAsync(Journal, TestContext.Current.CancellationToken)).ShouldBeAsync(HttpStatusCode.OK, """{"status":"success"}""");

    public static async Task ClearFaultsAsync(this HttpClient admin) =>
        await (await admin.DeleteAsync(Faults, TestContext.Current.CancellationToken)).ShouldBeAsync(HttpStatusCode.OK, """{"status":"success"}""");

    /// <summary>Adds a fault rule and returns its id.</summary>
    public static async Task<int> AddFaultAsync(this HttpClient admin, string json)
    {
        var body = await (await admin.PostJsonAsync(Faults, json)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        return body["id"]!.GetValue<int>();
    }

    /// <summary>The journal's entries for <paramref name="query"/>, newest first.</summary>
    public static async Task<JsonArray> JournalAsync(this HttpClient admin, string query = "")
    {
        var body = await (await admin.GetAsync(Journal + query, TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var requests = body["requests"]!.AsArray();
        Assert.Equal(requests.Count, body["count"]!.GetValue<int>());
        return requests;
    }

    /// <summary>An entry without its clock fields (<c>time</c>, <c>duration_ms</c>), which vary from run to run.</summary>
    public static JsonNode WithoutClock(this JsonNode entry)
    {
        var copy = entry.DeepClone().AsObject();
        copy.Remove("time");
        copy.Remove("duration_ms");
        return copy;
    }

    /// <summary>Asserts the entries, clock fields left out, are exactly <paramref name="expectedJson"/> (an array).</summary>
    public static void ShouldBe(this JsonArray entries, string expectedJson)
    {
        var actual = new JsonArray([.. entries.Select(e => e!.WithoutClock())]);
        var expected = JsonNode.Parse(expectedJson);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Expected {expected?.ToJsonString()}{Environment.NewLine}but got {actual.ToJsonString()}");
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Diagnostics;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.ApiKeys;

/// <summary>
/// API keys are secrets. Whatever a call does with one (valid, unknown, newly minted, revoked, the admin key, right or
/// wrong, in the wrong header) and however it is answered (200, 400, 401, 403, 404), no key string reaches the logs of
/// any category at any level, the request journal, or an answer, except createApiKey's own. RequestJournalTests has
/// the journal's own rule; this is the sweep over every place a key could leak to.
/// </summary>
public sealed class ApiKeySecrecyTests(LogCapturingSandboxFactory sandbox) : IClassFixture<LogCapturingSandboxFactory>
{
    private const string France = "/v2/sections/1/groups/1";
    private const string BadName = """{"name":"Bad,name","business__in":[]}""";
    private static readonly string BadNameAnswer = ErrorBodies.Field("name", "name_contains_forbidden_characters");

    private readonly List<string> _answers = [];

    [Fact]
    public async Task Calls_WithEveryKindOfKey_LeaveNoKeyInLogsJournalOrAnswers()
    {
        // Arrange
        var unknown = $"unknown-key-{Guid.NewGuid():N}";
        var wrongAdmin = $"wrong-admin-key-{Guid.NewGuid():N}";
        var admin = sandbox.CreateClient(DemoData.OrgAdminKey);
        var minted = await (await admin.PostJsonAsync(Routes.ApiKeys, """{"label":"secrecy"}""")).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var mintedKey = minted["api_key"]!.GetValue<string>();

        // Act
        await SendAsync(DemoData.OrgAdminKey, HttpMethod.Get, France, null, HttpStatusCode.OK);
        await SendAsync(DemoData.OrgAdminKey, HttpMethod.Post, Routes.Groups(DemoData.CountrySection), BadName, HttpStatusCode.BadRequest, BadNameAnswer);
        await SendAsync(DemoData.OrgAdminKey, HttpMethod.Post, Routes.Groups(DemoData.CountrySection), "{", HttpStatusCode.BadRequest);
        await SendAsync(DemoData.OrgAdminKey, HttpMethod.Post, Routes.ApiKeys, $$"""{"user_id":"{{DemoData.Org2AdminUser}}"}""", HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        await SendAsync(DemoData.OrgAdminKey, HttpMethod.Post, Routes.ApiKeys, """{"user_id":"nope"}""", HttpStatusCode.BadRequest);
        await SendAsync(DemoData.Org2AdminKey, HttpMethod.Get, France, null, HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        await SendAsync(DemoData.PublisherKey, HttpMethod.Post, Routes.Groups(DemoData.CountrySection), GroupApi.Body(GroupApi.UniqueName(), "[]"), HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
        await SendAsync(DemoData.ProviderKey, HttpMethod.Get, Routes.ApiKeys, null, HttpStatusCode.OK);
        await SendAsync(unknown, HttpMethod.Get, France, null, HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
        await SendAsync(unknown, HttpMethod.Post, Routes.Groups(DemoData.CountrySection), BadName, HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
        await SendAsync(mintedKey, HttpMethod.Get, Routes.Me, null, HttpStatusCode.OK);
        await SendAsync(mintedKey, HttpMethod.Post, Routes.Groups(DemoData.CountrySection), BadName, HttpStatusCode.BadRequest, BadNameAnswer);
        await SendAsync(mintedKey, HttpMethod.Get, Routes.Section(999_999), null, HttpStatusCode.NotFound, ErrorBodies.NotFound);
        await SendAsync(DemoData.OrgAdminKey, HttpMethod.Post, Routes.RevokeApiKey(minted["id"]!.GetValue<int>()), null, HttpStatusCode.OK);
        await SendAsync(mintedKey, HttpMethod.Get, Routes.Me, null, HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
        await SendAsync(SandboxAdmin.AdminKey, HttpMethod.Get, Routes.Me, null, HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
        await SendAsync(DemoData.OrgAdminKey, HttpMethod.Get, SandboxAdmin.Journal, null, HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
        await SendAdminAsync(wrongAdmin, HttpStatusCode.Unauthorized, ErrorBodies.Unauthenticated);
        await SendAdminAsync(SandboxAdmin.AdminKey, HttpStatusCode.OK);
        var journal = _answers[^1];

        // Assert: the capture saw the framework's logs, EF Core's SQL with its parameters masked, and the 401s
        var logs = sandbox.Logs.Text;
        Assert.Contains("Microsoft.AspNetCore.Hosting.Diagnostics", logs, StringComparison.Ordinal);
        Assert.Contains("Microsoft.EntityFrameworkCore.Database.Command", logs, StringComparison.Ordinal);
        Assert.Contains("='?'", logs, StringComparison.Ordinal);
        Assert.Contains("x-APIKey was not authenticated", logs, StringComparison.Ordinal);
        Assert.Contains("\"status\":401", journal, StringComparison.Ordinal);
        string[] keys =
        [
            DemoData.OrgAdminKey, DemoData.Org2AdminKey, DemoData.PublisherKey, DemoData.ProviderKey,
            unknown, mintedKey, SandboxAdmin.AdminKey, wrongAdmin,
        ];
        foreach (var key in keys)
        {
            Assert.DoesNotContain(key, logs, StringComparison.Ordinal);
            Assert.All(_answers, answer => Assert.DoesNotContain(key, answer, StringComparison.Ordinal));
        }
    }

    /// <summary>Sends <paramref name="json"/> with <paramref name="apiKey"/> as <c>x-APIKey</c>; checks the status and body, and keeps the whole answer.</summary>
    private async Task SendAsync(string apiKey, HttpMethod method, string url, string? json, HttpStatusCode status, string? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        await KeepAsync(await sandbox.CreateClient(apiKey).SendAsync(request, TestContext.Current.CancellationToken), status, body);
    }

    /// <summary>Reads the journal with <paramref name="adminKey"/> in <c>x-Sandbox-Admin-Key</c>.</summary>
    private async Task SendAdminAsync(string adminKey, HttpStatusCode status, string? body = null)
    {
        var client = sandbox.CreateClient(apiKey: null);
        client.DefaultRequestHeaders.Add(SandboxAdmin.AdminKeyHeader, adminKey);
        await KeepAsync(await client.GetAsync(SandboxAdmin.Journal, TestContext.Current.CancellationToken), status, body);
    }

    /// <summary>Asserts the status (and the body when given) and keeps the status line, the headers and the body as text.</summary>
    private async Task KeepAsync(HttpResponseMessage response, HttpStatusCode status, string? body)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(
                response.StatusCode == status && (body is null || JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(text))),
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)status} {body} but got {(int)response.StatusCode} {text}");
            _answers.Add($"{(int)response.StatusCode}{Environment.NewLine}{response.Headers}{response.Content.Headers}{Environment.NewLine}{text}");
        }
    }
}

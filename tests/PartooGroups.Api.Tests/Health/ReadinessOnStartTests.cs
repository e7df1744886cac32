using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Health;

/// <summary>
/// The real process serves HTTP before its database is ready: /health/ready answers 503 until the seed is loaded, then
/// 200, and an API request sent meanwhile waits and gets its normal answer instead of an error.
/// </summary>
public sealed class ReadinessOnStartTests : IDisposable
{
    private const int Businesses = 30_000;
    private readonly string _directory = Directory.CreateTempSubdirectory("partoo-ready-").FullName;

    [Fact]
    public async Task Start_WithALargeSeed_AnswersReady503ThenReady200AndServesApiRequestsSentMeanwhile()
    {
        // Arrange: a seed large enough that loading it takes a while
        var seed = Path.Combine(_directory, "seed.json");
        await File.WriteAllTextAsync(seed, LargeSeed(), TestContext.Current.CancellationToken);
        var port = TestEnvironment.FreeLoopbackPort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        // Act
        using var sandbox = SandboxProcess.StartRunning("--db", Path.Combine(_directory, "ready.db"), "--seed", seed, "--urls", $"http://127.0.0.1:{port}");
        var statuses = new List<HttpStatusCode>();
        Task<HttpResponseMessage>? early = null;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (statuses.LastOrDefault() != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            try
            {
                var response = await http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
                statuses.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    Assert.Equal("""{"status":"starting"}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
                    early ??= SendGetGroupAsync(http);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, statuses.First());
        Assert.Equal(HttpStatusCode.OK, statuses.Last());
        Assert.All(statuses.SkipWhile(s => s == HttpStatusCode.ServiceUnavailable), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.NotNull(early);
        var group = await (await early).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal(10, group["business_ids"]!.AsArray().Count);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Task<HttpResponseMessage> SendGetGroupAsync(HttpClient http)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v2/sections/1/groups/1");
        request.Headers.Add("x-APIKey", "ready-admin-key");
        return http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string LargeSeed()
    {
        var ids = Enumerable.Range(0, Businesses).Select(i => i.ToString("x24", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var seed = new JsonObject
        {
            ["providers"] = new JsonArray(new JsonObject { ["id"] = "ready" }),
            ["organizations"] = new JsonArray(new JsonObject { ["org_id"] = 1, ["name"] = "Ready", ["provider"] = "ready" }),
            ["businesses"] = new JsonArray(ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["org_id"] = 1, ["name"] = "Store " + id }).ToArray()),
            ["sections"] = new JsonArray(new JsonObject
            {
                ["id"] = 1,
                ["org_id"] = 1,
                ["name"] = "Section",
                ["groups"] = new JsonArray(new JsonObject { ["id"] = 1, ["name"] = "Ten", ["business_ids"] = JsonSerializer.SerializeToNode(ids.Take(10)) }),
            }),
            ["users"] = new JsonArray(new JsonObject { ["email"] = "admin@ready.example", ["role"] = "ORG_ADMIN", ["org_id"] = 1, ["api_key"] = "ready-admin-key" }),
        };
        return seed.ToJsonString();
    }
}

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartooGroups.Api.Persistence;
using Xunit;

namespace PartooGroups.Testing;

/// <summary>
/// The PartooGroups sandbox hosted in process for an integration test suite: a fresh SQLite file per fixture, loaded
/// with the demo data or <see cref="SeedPath"/>, an <see cref="HttpClient"/> per role or per API key, fault rules,
/// and a reset back to the start data. Use it as an xunit class or collection fixture:
/// <code>
/// public sealed class MyTests(PartooSandbox sandbox) : IClassFixture&lt;PartooSandbox&gt;
/// {
///     [Fact]
///     public async Task Admin_reads_a_group()
///     {
///         var response = await sandbox.ClientFor("ORG_ADMIN").GetAsync("/v2/sections/1/groups/1");
///         ...
/// </code>
/// </summary>
public class PartooSandbox : IAsyncLifetime
{
    public const string AdminKeyHeader = "x-Sandbox-Admin-Key";
    public const string AdminKey = "sandbox-admin-key";

    private readonly Host _host;
    private Dictionary<string, string> _keysByRole = new(StringComparer.Ordinal);

    public PartooSandbox()
    {
        _host = new Host(this);
    }

    /// <summary>A seed file (the contract's format) to load instead of the demo data; set it in a derived fixture.</summary>
    public virtual string? SeedPath => null;

    /// <summary>
    /// Serve on a real loopback socket (Kestrel on a free port) instead of in memory, for clients outside the test
    /// process such as a browser; set it in a derived fixture. <see cref="BaseAddress"/> says where.
    /// </summary>
    public virtual bool ServesOnSocket => false;

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"partoo-sandbox-{Guid.NewGuid():N}.db");

    /// <summary>Where the sandbox answers: <c>http://127.0.0.1:port/</c> with <see cref="ServesOnSocket"/>, else the in-memory host.</summary>
    public Uri BaseAddress { get; private set; } = new("http://localhost/");

    /// <summary>A client whose requests carry the API key of the first user with <paramref name="role"/>.</summary>
    public HttpClient ClientFor(string role) =>
        ClientWithKey(_keysByRole.TryGetValue(role, out var key)
            ? key
            : throw new ArgumentException($"The sandbox data has no user with role {role} and an API key.", nameof(role)));

    /// <summary>A client whose requests carry <paramref name="apiKey"/> in <c>x-APIKey</c>.</summary>
    public HttpClient ClientWithKey(string apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("x-APIKey", apiKey);
        return client;
    }

    /// <summary>Puts the whole sandbox back to its start data (the same ids and keys).</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        using var admin = AdminClient();
        (await admin.PostAsync(new Uri("/_sandbox/reset", UriKind.Relative), null, cancellationToken)).EnsureSuccessStatusCode();
        await LoadKeysAsync(cancellationToken);
    }

    /// <summary>
    /// Adds a fault rule (<c>POST /_sandbox/faults</c>): requests to <see cref="SandboxFaultRule.OperationId"/> answer an
    /// error in the vendor's shape, or late. Returns the rule's id, for <see cref="RemoveFaultRuleAsync"/>.
    /// </summary>
    public async Task<int> AddFaultRuleAsync(SandboxFaultRule rule, CancellationToken cancellationToken = default)
    {
        using var admin = AdminClient();
        using var response = await admin.PostAsJsonAsync(new Uri("/_sandbox/faults", UriKind.Relative), rule, SandboxFaultRule.Json, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ArgumentException($"The sandbox refused the fault rule ({(int)response.StatusCode}): {body}", nameof(rule));
        }

        return JsonNode.Parse(body)!["id"]!.GetValue<int>();
    }

    /// <summary>Removes the fault rule <paramref name="id"/> (rules used up by their <c>times</c> are already gone).</summary>
    public async Task RemoveFaultRuleAsync(int id, CancellationToken cancellationToken = default)
    {
        using var admin = AdminClient();
        (await admin.DeleteAsync(new Uri(string.Create(CultureInfo.InvariantCulture, $"/_sandbox/faults/{id}"), UriKind.Relative), cancellationToken)).EnsureSuccessStatusCode();
    }

    /// <summary>Removes every fault rule. <see cref="ResetAsync"/> keeps them: rules are not data.</summary>
    public async Task ClearFaultRulesAsync(CancellationToken cancellationToken = default)
    {
        using var admin = AdminClient();
        (await admin.DeleteAsync(new Uri("/_sandbox/faults", UriKind.Relative), cancellationToken)).EnsureSuccessStatusCode();
    }

    /// <summary>A client for the <c>/_sandbox</c> admin routes: it sends the admin key in <c>x-Sandbox-Admin-Key</c>.</summary>
    public HttpClient AdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(AdminKeyHeader, AdminKey);
        return client;
    }

    public async ValueTask InitializeAsync()
    {
        if (ServesOnSocket)
        {
            _host.UseKestrel(0);
        }

        _host.StartServer();
        BaseAddress = _host.ClientOptions.BaseAddress;

        await LoadKeysAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }

        GC.SuppressFinalize(this);
    }

    private HttpClient CreateClient() =>
        _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = BaseAddress });

    private async Task LoadKeysAsync(CancellationToken cancellationToken)
    {
        using var admin = AdminClient();
        var export = await admin.GetFromJsonAsync<JsonObject>(new Uri("/_sandbox/export", UriKind.Relative), cancellationToken);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var user in export?["users"]?.AsArray() ?? [])
        {
            if (user?["role"]?.GetValue<string>() is { } role && user["api_key"]?.GetValue<string>() is { } key)
            {
                keys.TryAdd(role, key);
            }
        }

        _keysByRole = keys;
    }

    private sealed class Host(PartooSandbox sandbox) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Sandbox:Db", sandbox.DatabasePath);
            builder.UseSetting("Sandbox:AdminKey", AdminKey);
            if (sandbox.SeedPath is { } seed)
            {
                builder.UseSetting("Sandbox:Seed", seed);
            }
        }

        protected override IHost CreateHost(IHostBuilder builder)
        {
            var host = base.CreateHost(builder);
            host.Services.GetRequiredService<DatabaseReadiness>().WaitAsync(CancellationToken.None).GetAwaiter().GetResult();
            return host;
        }
    }
}

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
/// with the demo data or <see cref="SeedPath"/>, an <see cref="HttpClient"/> per role or per API key, and a reset
/// back to the start data. Use it as an xunit class or collection fixture:
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

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"partoo-sandbox-{Guid.NewGuid():N}.db");

    /// <summary>A client whose requests carry the API key of the first user with <paramref name="role"/>.</summary>
    public HttpClient ClientFor(string role) =>
        ClientWithKey(_keysByRole.TryGetValue(role, out var key)
            ? key
            : throw new ArgumentException($"The sandbox data has no user with role {role} and an API key.", nameof(role)));

    /// <summary>A client whose requests carry <paramref name="apiKey"/> in <c>x-APIKey</c>.</summary>
    public HttpClient ClientWithKey(string apiKey)
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
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

    public async ValueTask InitializeAsync()
    {
        _host.StartServer();
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

    private HttpClient AdminClient()
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(AdminKeyHeader, AdminKey);
        return client;
    }

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

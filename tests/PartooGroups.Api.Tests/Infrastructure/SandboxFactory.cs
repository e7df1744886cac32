using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Tests.VendorContract;

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>
/// The real sandbox in process: the real pipeline and the real SQLite provider on a fresh database file, migrated
/// and loaded with the demo data (or <see cref="SeedPath"/>). Set <see cref="DatabasePath"/> to reopen an existing file.
/// </summary>
public class SandboxFactory : WebApplicationFactory<Program>
{
    /// <summary>The SQLite file; a fresh temporary file unless set.</summary>
    public string DatabasePath { get; init; } = Path.Combine(Path.GetTempPath(), $"partoo-test-{Guid.NewGuid():N}.db");

    /// <summary>A seed file to load instead of the demo data.</summary>
    public string? SeedPath { get; init; }

    /// <summary>Extra configuration (key to value, e.g. <c>Sandbox:JournalSize</c>) on top of the defaults.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Deletes the database file when the factory is disposed.</summary>
    public bool DeleteDatabaseOnDispose { get; init; } = true;

    /// <summary>Overrides <c>Sandbox:MaxRequestBodyBytes</c>; only a real socket (<see cref="KestrelSandboxFactory"/>) enforces it.</summary>
    public long? MaxRequestBodyBytes { get; init; }

    /// <summary>
    /// A client that sends <paramref name="apiKey"/> as <c>x-APIKey</c> (no header when null), follows no redirect, and
    /// checks every answer to a vendor operation against the vendor's schema (<see cref="VendorContractHandler"/>).
    /// </summary>
    public HttpClient CreateClient(string? apiKey)
    {
        StartServer();
        var client = CreateDefaultClient(ClientOptions.BaseAddress, new VendorContractHandler());
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("x-APIKey", apiKey);
        }

        return client;
    }

    /// <summary>The sandbox serves HTTP before its database is ready; a test starts once it is (or fails if the seed is refused).</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<DatabaseReadiness>().WaitAsync(CancellationToken.None).GetAwaiter().GetResult();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Sandbox:Db", DatabasePath);
        if (SeedPath is not null)
        {
            builder.UseSetting("Sandbox:Seed", SeedPath);
        }

        if (MaxRequestBodyBytes is { } limit)
        {
            builder.UseSetting("Sandbox:MaxRequestBodyBytes", limit.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && DeleteDatabaseOnDispose)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(DatabasePath + suffix);
            }
        }
    }
}

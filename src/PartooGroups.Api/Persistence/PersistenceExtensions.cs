using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartooGroups.Api.Persistence.CompiledModel;
using PartooGroups.Api.Persistence.Seed;

namespace PartooGroups.Api.Persistence;

public static class PersistenceExtensions
{
    private static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["--db"] = $"{SandboxOptions.Section}:{nameof(SandboxOptions.Db)}",
        ["--seed"] = $"{SandboxOptions.Section}:{nameof(SandboxOptions.Seed)}",
    };

    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddCommandLine(args, SwitchMappings);
        builder.Services.AddOptions<SandboxOptions>()
            .Bind(builder.Configuration.GetSection(SandboxOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.AdminKey), $"{SandboxOptions.Section}:{nameof(SandboxOptions.AdminKey)} must not be empty")
            .ValidateOnStart();
        builder.Services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<SandboxOptions>>((kestrel, sandbox) => kestrel.Limits.MaxRequestBodySize = sandbox.Value.MaxRequestBodyBytes);

        builder.Services.AddSingleton(sp => ConnectionStringFor(sp.GetRequiredService<IOptions<SandboxOptions>>().Value));
        builder.Services.AddSingleton<SqliteConnectionPool>();
        builder.Services.AddScoped<ScopedSqliteConnection>();
        builder.Services.AddSingleton<DataVersion>();
        builder.Services.AddSingleton<DataVersionInterceptor>();

        // A list in a query (ids.Contains(x)) goes to SQLite as one JSON array parameter: EF Core 10 would otherwise spread
        // it over one parameter per element, and a request listing more than SQLite's 32,766 parameters would fail with a 500.
        // The model is the compiled one (Persistence/CompiledModel): building it from the configurations cost about half of
        // the CPU a start spends before it is ready. CompiledModelTests fail when it no longer matches the configurations.
        builder.Services.AddPooledDbContextFactory<PartooDbContext>(
            (sp, db) => db
                .UseModel(PartooDbContextModel.Instance)
                .UseSqlite(sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .AddInterceptors(sp.GetRequiredService<DataVersionInterceptor>()));
        builder.Services.AddScoped(sp =>
        {
            var db = sp.GetRequiredService<IDbContextFactory<PartooDbContext>>().CreateDbContext();
            db.Database.SetDbConnection(sp.GetRequiredService<ScopedSqliteConnection>().Connection);
            return db;
        });
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<WriteGate>();
        builder.Services.AddSingleton<WalCheckpoints>();
        builder.Services.AddSingleton<GroupCommitWriter>();
        builder.Services.AddHostedService<WalCheckpointer>();
        builder.Services.AddSingleton<DatabaseReadiness>();
        builder.Services.AddScoped<SeedLoader>();
        return builder;
    }

    /// <summary>
    /// Without Microsoft.Data.Sqlite's own pooling: <see cref="SqliteConnectionPool"/> keeps the connections open, and a
    /// disposed connection must really close, so that the last one to close at shutdown checkpoints the WAL into the
    /// database file and deletes it (a pooled one stayed open, and a stopped sandbox left its WAL behind).
    /// </summary>
    private static SqliteConnectionStringBuilder ConnectionStringFor(SandboxOptions options) => new()
    {
        DataSource = Path.GetFullPath(options.Db),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
    };
}

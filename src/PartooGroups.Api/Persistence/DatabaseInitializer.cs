using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartooGroups.Api.Persistence.Seed;

namespace PartooGroups.Api.Persistence;

public static class DatabaseInitializer
{
    /// <summary>
    /// Creates or upgrades the schema with the EF Core migrations and, when the database is empty, loads the seed
    /// file given with <c>--seed</c> or the demo data. Throws <see cref="SeedException"/> for an invalid seed.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value;
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.Db));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartooDbContext>();
            // Migrate also compares the model with the migrations' snapshot, which is most of its cost: skip it when
            // every migration is applied already, as on every start but the first.
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            if (!await db.Providers.AnyAsync(cancellationToken))
            {
                var seed = options.Seed is { } path
                    ? await SeedFile.ReadAsync(path, cancellationToken)
                    : await SeedFile.ReadDemoAsync(cancellationToken);
                await scope.ServiceProvider.GetRequiredService<SeedLoader>().LoadAsync(seed, cancellationToken);
            }
        }

        app.Services.GetRequiredService<DatabaseReadiness>().MarkReady();
    }
}

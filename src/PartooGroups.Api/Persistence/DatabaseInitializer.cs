using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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
            if (await HasPendingMigrationsAsync(db, cancellationToken))
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            if (!await HasProvidersAsync(db, cancellationToken))
            {
                var seed = options.Seed is { } path
                    ? await SeedFile.ReadAsync(path, cancellationToken)
                    : await SeedFile.ReadDemoAsync(cancellationToken);
                await scope.ServiceProvider.GetRequiredService<SeedLoader>().LoadAsync(seed, cancellationToken);
            }
        }

        app.Services.GetRequiredService<DatabaseReadiness>().MarkReady();
    }

    // The two checks below read SQLite directly: through EF Core, the history repository builds a model of its own and the
    // first LINQ query starts the query compiler, about 0.4 s of CPU together that a start would spend before it is ready.
    private static async Task<bool> HasPendingMigrationsAsync(PartooDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $table";
        var table = command.CreateParameter();
        table.ParameterName = "$table";
        table.Value = HistoryRepository.DefaultTableName;
        command.Parameters.Add(table);
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
        {
            return true;
        }

        command.Parameters.Clear();
        command.CommandText = $"SELECT MigrationId FROM \"{HistoryRepository.DefaultTableName}\"";
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }

        return !db.GetService<IMigrationsAssembly>().Migrations.Keys.All(applied.Contains);
    }

    private static async Task<bool> HasProvidersAsync(PartooDbContext db, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM Providers)";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != 0;
    }
}

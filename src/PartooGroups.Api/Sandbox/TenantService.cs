using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Persistence.Seed;

namespace PartooGroups.Api.Sandbox;

/// <summary>
/// Creates, resets and deletes tenants. Runs inside a write endpoint's transaction (<c>WithWriteTransaction</c>), so
/// each operation is serialized with every other write and is all or nothing.
/// </summary>
public sealed class TenantService(PartooDbContext db, SeedLoader loader, TimeProvider clock)
{
    public async Task<Results<Ok<TenantCreatedResponse>, PartooError>> CreateAsync(SeedDocument document, CancellationToken cancellationToken)
    {
        var (local, errors) = TenantDocuments.WithSingleProvider(document);
        if (errors.Count == 0)
        {
            errors = SeedValidator.Validate(local);
        }

        if (errors.Count > 0)
        {
            return SandboxErrors.InvalidSeed(errors);
        }

        var tenant = await NameAsync(document.Providers is [{ Id: { } given }] ? given : null, cancellationToken);
        var next = new NextIds
        {
            Organization = await NextIdAsync("Organizations", cancellationToken),
            Section = await NextIdAsync("Sections", cancellationToken),
            Group = await NextIdAsync("Groups", cancellationToken),
        };
        var (global, created) = TenantDocuments.Globalize(local, tenant, next);
        var keys = global.Users!.Select(u => u.ApiKey!).ToList();
        if (await db.ApiKeys.Where(k => keys.Contains(k.Key)).Select(k => k.Key).FirstOrDefaultAsync(cancellationToken) is { } taken)
        {
            return PartooError.Message(StatusCodes.Status409Conflict, $"The API key '{taken}' is already in use");
        }

        await loader.WriteAsync(global, cancellationToken);
        db.Tenants.Add(new Tenant
        {
            Id = tenant,
            Seed = JsonSerializer.Serialize(global, SeedFile.JsonOptions),
            Created = JsonSerializer.Serialize(created, SeedFile.JsonOptions),
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(created);
    }

    /// <summary>Puts the tenant back as it was created: same ids, same keys; whatever was added since is gone.</summary>
    public async Task<Results<Ok<TenantCreatedResponse>, PartooError>> ResetAsync(string tenant, CancellationToken cancellationToken)
    {
        var stored = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tenant, cancellationToken);
        if (stored is null)
        {
            return PartooError.NotFound();
        }

        await db.Organizations.Where(o => o.ProviderId == tenant).ExecuteDeleteAsync(cancellationToken);
        await db.Users.Where(u => u.ProviderId == tenant).ExecuteDeleteAsync(cancellationToken);
        var seed = JsonSerializer.Deserialize<SeedDocument>(stored.Seed, SeedFile.JsonOptions)!;
        await loader.WriteAsync(seed, cancellationToken);
        return TypedResults.Ok(JsonSerializer.Deserialize<TenantCreatedResponse>(stored.Created, SeedFile.JsonOptions)!);
    }

    /// <summary>Removes the tenant's provider and, through the foreign keys, everything of it.</summary>
    public async Task<Results<Ok<SandboxStatusResponse>, PartooError>> DeleteAsync(string tenant, CancellationToken cancellationToken)
    {
        if (!await db.Tenants.AnyAsync(t => t.Id == tenant, cancellationToken))
        {
            return PartooError.NotFound();
        }

        await db.Providers.Where(p => p.Id == tenant).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.Ok(SandboxStatusResponse.Success());
    }

    /// <summary>The document's own provider id when no provider has it yet, otherwise a fresh <c>tenant-xxxxxxxx</c>.</summary>
    private async Task<string> NameAsync(string? wanted, CancellationToken cancellationToken)
    {
        var name = wanted ?? TenantDocuments.NewTenantName();
        while (await db.Providers.AnyAsync(p => p.Id == name, cancellationToken))
        {
            name = TenantDocuments.NewTenantName();
        }

        return name;
    }

    /// <summary>The next id of an AUTOINCREMENT table: after every id it ever gave, so deleted tenants' ids are never reused.</summary>
    private async Task<int> NextIdAsync(string table, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "SELECT COALESCE(MAX(v), 0) + 1 FROM (SELECT seq AS v FROM sqlite_sequence WHERE name = $table "
            + $"UNION ALL SELECT MAX(\"Id\") FROM \"{table}\")";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$table";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}

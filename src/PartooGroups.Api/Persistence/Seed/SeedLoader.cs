using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace PartooGroups.Api.Persistence.Seed;

/// <summary>Writes a seed document in one transaction: all of it or nothing.</summary>
public sealed class SeedLoader(PartooDbContext db, TimeProvider clock)
{
    /// <summary>Validates, completes and writes <paramref name="seed"/>; throws <see cref="SeedException"/> naming every bad entry.</summary>
    public async Task LoadAsync(SeedDocument seed, CancellationToken cancellationToken)
    {
        var errors = SeedValidator.Validate(seed);
        if (errors.Count > 0)
        {
            throw new SeedException(string.Join(Environment.NewLine, errors));
        }

        await WriteAsync(SeedResolver.Resolve(seed), cancellationToken);
    }

    /// <summary>
    /// Writes a document that is already valid and resolved, inside the open transaction (a write endpoint's) or in
    /// one of its own.
    /// </summary>
    public async Task WriteAsync(SeedDocument resolved, CancellationToken cancellationToken)
    {
        var owned = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        await using (owned)
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
            SeedWriter.Write(connection, transaction, resolved, clock.GetUtcNow());
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }
        }
    }
}

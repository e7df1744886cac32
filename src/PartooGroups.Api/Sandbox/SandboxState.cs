using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Persistence.Seed;

namespace PartooGroups.Api.Sandbox;

/// <summary>
/// Whole-sandbox operations: back to the start data, and import of a seed document. They run inside a write
/// endpoint's transaction, so a failure leaves the sandbox as it was.
/// </summary>
public sealed class SandboxState(PartooDbContext db, SeedLoader loader, IOptions<SandboxOptions> options)
{
    /// <summary>Deletes everything, tenants included, and loads the <c>--seed</c> file or the demo data again, ids starting afresh.</summary>
    public async Task<Results<Ok<SandboxStatusResponse>, PartooError>> ResetAsync(CancellationToken cancellationToken)
    {
        SeedDocument seed;
        try
        {
            seed = options.Value.Seed is { } path
                ? await SeedFile.ReadAsync(path, cancellationToken)
                : await SeedFile.ReadDemoAsync(cancellationToken);
        }
        catch (SeedException exception)
        {
            return PartooError.Message(StatusCodes.Status500InternalServerError, $"The start data cannot be read: {exception.Message}");
        }

        var errors = SeedValidator.Validate(seed);
        if (errors.Count > 0)
        {
            return PartooError.Message(StatusCodes.Status500InternalServerError, $"The start data is invalid: {string.Join('\n', errors)}");
        }

        await ClearAsync(cancellationToken);
        await loader.WriteAsync(SeedResolver.Resolve(seed), cancellationToken);
        return TypedResults.Ok(SandboxStatusResponse.Success());
    }

    /// <summary>Loads a document with its ids as given into an empty sandbox, or into a cleared one when <paramref name="replace"/>.</summary>
    public async Task<Results<Ok<SandboxStatusResponse>, PartooError>> ImportAsync(
        SeedDocument seed,
        bool replace,
        CancellationToken cancellationToken)
    {
        var errors = SeedValidator.Validate(seed);
        if (errors.Count > 0)
        {
            return SandboxErrors.InvalidSeed(errors);
        }

        if (replace)
        {
            await ClearAsync(cancellationToken);
        }
        else if (await db.Providers.AnyAsync(cancellationToken))
        {
            return PartooError.Message(StatusCodes.Status409Conflict,
                "The sandbox is not empty: import into an empty sandbox, or add replace=true to clear it first");
        }

        await loader.WriteAsync(SeedResolver.Resolve(seed), cancellationToken);
        return TypedResults.Ok(SandboxStatusResponse.Success());
    }

    /// <summary>Every provider and, through the foreign keys, everything else; ids start again from 1.</summary>
    private async Task ClearAsync(CancellationToken cancellationToken)
    {
        await db.Providers.ExecuteDeleteAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_sequence", cancellationToken);
    }
}

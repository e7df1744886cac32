using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Auth;

/// <summary>
/// Resolves an API key to its user. Revoked keys and keys of deleted or disabled users resolve to nothing.
/// Known keys are cached in memory; every committed write clears the cache unless its endpoint is marked with
/// <see cref="ApiKeyCacheExtensions.KeepsApiKeyCache"/>, so a revoked key or a disabled user gets 401 on the very
/// next request.
/// </summary>
public sealed class ApiKeyStore(IServiceScopeFactory scopes)
{
    private const int MaxCachedKeys = 10_000;

    private static readonly Func<PartooDbContext, string, CancellationToken, Task<CurrentUser?>> Lookup =
        EF.CompileAsyncQuery((PartooDbContext db, string key, CancellationToken _) => (
                from k in db.ApiKeys.AsNoTracking()
                join u in db.Users on k.UserId equals u.Id
                where k.Key == key && k.RevokedAt == null && !u.Disabled
                select new CurrentUser(u.Id, u.Role, u.ProviderId, u.OrgId))
            .FirstOrDefault());

    private readonly ConcurrentDictionary<string, CurrentUser> _known = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();
    private long _generation;

    /// <summary>The key's user when the key is in the cache, without a task: a request's common case.</summary>
    public CurrentUser? FindCached(string key) => _known.GetValueOrDefault(key);

    public async Task<CurrentUser?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (FindCached(key) is { } cached)
        {
            return cached;
        }

        var generation = Interlocked.Read(ref _generation);
        await using var scope = scopes.CreateAsyncScope();
        var user = await Lookup(scope.ServiceProvider.GetRequiredService<PartooDbContext>(), key, cancellationToken);
        if (user is not null)
        {
            lock (_sync)
            {
                // A write committed while the query ran may have changed this key: cache only answers read after it.
                if (generation == _generation && _known.Count < MaxCachedKeys)
                {
                    _known[key] = user;
                }
            }
        }

        return user;
    }

    public void Invalidate()
    {
        lock (_sync)
        {
            _generation++;
            _known.Clear();
        }
    }
}

public static class ApiKeyCacheExtensions
{
    /// <summary>Marks a write that cannot change which user, role or organization an API key stands for.</summary>
    public static RouteHandlerBuilder KeepsApiKeyCache(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(KeepsApiKeyCacheMetadata.Instance);
}

public sealed class KeepsApiKeyCacheMetadata
{
    public static readonly KeepsApiKeyCacheMetadata Instance = new();

    private KeepsApiKeyCacheMetadata()
    {
    }
}

using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Auth;

/// <summary>Resolves an API key to its user. Revoked keys and keys of deleted or disabled users resolve to nothing.</summary>
public sealed class ApiKeyStore(IServiceScopeFactory scopes)
{
    public async Task<CurrentUser?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartooDbContext>();
        return await (
                from k in db.ApiKeys.AsNoTracking()
                join u in db.Users on k.UserId equals u.Id
                where k.Key == key && k.RevokedAt == null && !u.Disabled
                select new CurrentUser(u.Id, u.Role, u.ProviderId, u.OrgId))
            .FirstOrDefaultAsync(cancellationToken);
    }
}

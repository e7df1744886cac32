using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Http;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.OpenApi;

namespace PartooGroups.Api.Users;

public static class ApiKeysEndpoints
{
    public const string UnknownUser = "user_not_found";

    private static readonly IReadOnlyList<string> Statuses = ["active", "inactive", "disabled", "expired"];

    public static RouteGroupBuilder MapApiKeys(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/v2/api_keys").WithTags("ApiKeys");

        keys.MapPost("", CreateApiKeyAsync)
            .WithName("createApiKey")
            .WithSummary("Create API key")
            .WithDescription("Creates a key for the caller, or for `user_id` when the caller may write that user. "
                + "The secret (`api_key`) is in this answer only.")
            .WithValidation<CreateApiKeyRequest>()
            .WithWriteTransaction();

        keys.MapGet("", ListApiKeysAsync)
            .WithName("listApiKeys")
            .WithQueryParameters(
                QueryParameterDoc.Text("status", "active, inactive, disabled or expired."),
                QueryParameterDoc.Page,
                QueryParameterDoc.PerPage)
            .WithSummary("List user API keys")
            .WithDescription("The caller's keys; PROVIDER and ORG_ADMIN also see the keys of the users they may write. "
                + "Query parameters: `status` (active, inactive, disabled, expired), `page`, `per_page` (1 to 100). Secrets are never listed.");

        keys.MapPost("/revoke/{api_key_id:int}", RevokeApiKeyAsync)
            .WithName("revokeApiKey")
            .WithSummary("Revoke API key")
            .WithDescription("Revokes a key of the caller or of a user the caller may write. The key stops working at once.")
            .WithWriteTransaction()
            .ProducesNotFound();

        return keys;
    }

    private static async Task<Results<Created<ApiKeyCreatedResponse>, PartooError>> CreateApiKeyAsync(
        CreateApiKeyRequest body,
        CurrentUser caller,
        PartooDbContext db,
        CallerScope scope,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var userId = body.UserId ?? caller.Id;
        var user = ObjectIds.IsValid(userId)
            ? await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            : null;
        if (user is null)
        {
            return PartooError.Validation("user_id", UnknownUser);
        }

        if (user.Id != caller.Id && !await new UserPermissions(db, scope, caller).CanWriteAsync(user, cancellationToken))
        {
            return PartooError.Forbidden();
        }

        var key = new ApiKey { UserId = user.Id, Key = ApiKeySecrets.New(), Label = body.Label, CreatedAt = clock.GetUtcNow() };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created((string?)null, ApiKeyCreatedResponse.From(key, user));
    }

    private static async Task<Results<Ok<ApiKeyListResponse>, PartooError>> ListApiKeysAsync(
        HttpRequest request,
        CurrentUser caller,
        PartooDbContext db,
        CancellationToken cancellationToken)
    {
        var reader = new QueryReader(request.Query);
        var page = reader.Page();
        var status = reader.Text("status");
        if (status is not null && !Statuses.Contains(status))
        {
            reader.Fail("status", UserFieldRules.OneOf(Statuses));
        }

        if (reader.HasErrors)
        {
            return PartooError.Validation(reader.Errors);
        }

        var grantable = UserPermissions.GrantableBy(caller.Role);
        var others = caller.Role switch
        {
            Roles.Provider => db.Users.Where(u => u.ProviderId == caller.ProviderId && grantable.Contains(u.Role)),
            Roles.OrgAdmin => db.Users.Where(u => u.OrgId == caller.OrgId && grantable.Contains(u.Role)),
            _ => db.Users.Where(u => false),
        };
        var ownerIds = others.Select(u => u.Id);
        var keys = db.ApiKeys.AsNoTracking().Where(k => k.UserId == caller.Id || ownerIds.Contains(k.UserId));
        keys = status switch
        {
            "active" => keys.Where(k => k.RevokedAt == null),
            "inactive" or "disabled" => keys.Where(k => k.RevokedAt != null),
            "expired" => keys.Where(k => false),
            _ => keys,
        };

        var count = await keys.CountAsync(cancellationToken);
        var rows = await (
                from key in keys.OrderBy(k => k.Id).Skip(page.Skip).Take(page.PerPage)
                join user in db.Users.AsNoTracking() on key.UserId equals user.Id
                select new { key, user })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ApiKeyListResponse(
            page.Page,
            page.MaxPage(count),
            count,
            [.. rows.OrderBy(r => r.key.Id).Select(r => ApiKeyResponse.From(r.key, r.user))]));
    }

    private static async Task<Results<Ok<ApiKeyRevokedResponse>, PartooError>> RevokeApiKeyAsync(
        [FromRoute(Name = "api_key_id")] int apiKeyId,
        CurrentUser caller,
        PartooDbContext db,
        CallerScope scope,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == apiKeyId, cancellationToken);
        if (key is null)
        {
            return PartooError.NotFound();
        }

        if (key.UserId != caller.Id)
        {
            var owner = await db.Users.AsNoTracking().FirstAsync(u => u.Id == key.UserId, cancellationToken);
            if (!await new UserPermissions(db, scope, caller).CanWriteAsync(owner, cancellationToken))
            {
                return PartooError.Forbidden();
            }
        }

        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ApiKeyRevokedResponse.Success(key.Id));
    }
}

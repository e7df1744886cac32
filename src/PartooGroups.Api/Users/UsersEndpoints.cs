using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.OpenApi;

namespace PartooGroups.Api.Users;

public static class UsersEndpoints
{
    /// <summary>A user id in a path: 24 lowercase hexadecimal characters; anything else matches no route (404).</summary>
    private const string UserIdRoute = "/{user_id:regex(^(?-i)[0-9a-f]{{24}}$)}";

    public static RouteGroupBuilder MapUsers(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/v2/user").WithTags("Users");

        users.MapPost("", UserWriteHandlers.CreateUserAsync)
            .WithName("createUser")
            .WithSummary("Create user")
            .WithDescription("Creates a user in `org_id` (default: the caller's organization; a PROVIDER must give it). `role` defaults to ORG_ADMIN. "
                + "`accesses` counts only for GROUP_MANAGER, `business_ids` only for BUSINESS_MANAGER. Emails are unique per provider, case-insensitively.")
            .WithValidation<CreateUserRequest>()
            .WithWriteTransaction();

        users.MapGet("/me", GetMeAsync)
            .WithName("getMe")
            .WithSummary("Current user")
            .WithDescription("The user the API key belongs to.");

        users.MapGet("/search", UserSearch.SearchUsersAsync)
            .WithName("searchUsers")
            .WithQueryParameters(
                QueryParameterDoc.Text("email", "Exact email, any case."),
                QueryParameterDoc.OrgId,
                QueryParameterDoc.Text("query", "Case-insensitive part of the first name, last name or email."),
                QueryParameterDoc.TextList("role", "Roles."),
                QueryParameterDoc.Text("status", "active or invited."),
                QueryParameterDoc.Flag("disabled", "Disabled users only, or enabled users only."),
                QueryParameterDoc.Page,
                QueryParameterDoc.PerPage)
            .WithSummary("Search for users")
            .WithDescription(UserSearch.Description);

        users.MapGet(UserIdRoute, GetUserAsync)
            .WithName("getUser")
            .WithSummary("User information")
            .WithDescription("Gets a user the caller may read.")
            .ProducesNotFound();

        users.MapPost(UserIdRoute, UserWriteHandlers.UpdateUserAsync)
            .WithName("updateUser")
            .WithSummary("Update user")
            .WithDescription("Patch behaviour: omitted or null fields are left as they are. A user may change its own profile "
                + "(names, email, lang, phone); role, org_id, accesses, business_ids, status and disabled need write access to the user.")
            .WithValidation<UpdateUserRequest>()
            .WithWriteTransaction()
            .ProducesNotFound();

        users.MapDelete(UserIdRoute, DeleteUserAsync)
            .WithName("deleteUser")
            .WithSummary("Delete user")
            .WithDescription("Deletes a user the caller may write, and its API keys.")
            .WithWriteTransaction()
            .ProducesNotFound();

        return users;
    }

    private static async Task<Ok<UserResponse>> GetMeAsync(CurrentUser caller, PartooDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == caller.Id, cancellationToken);
        var assignments = await UserAssignments.LoadAsync(db, [user.Id], cancellationToken);
        return TypedResults.Ok(UserResponse.From(user, assignments));
    }

    private static async Task<Results<Ok<UserResponse>, PartooError>> GetUserAsync(
        [FromRoute(Name = "user_id")] string userId,
        CurrentUser caller,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return PartooError.NotFound();
        }

        if (!await new UserPermissions(db, scope, caller).CanReadAsync(user, cancellationToken))
        {
            return PartooError.Forbidden();
        }

        var assignments = await UserAssignments.LoadAsync(db, [user.Id], cancellationToken);
        return TypedResults.Ok(UserResponse.From(user, assignments));
    }

    private static async Task<Results<Ok<UserDeletedResponse>, PartooError>> DeleteUserAsync(
        [FromRoute(Name = "user_id")] string userId,
        CurrentUser caller,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return PartooError.NotFound();
        }

        if (!await new UserPermissions(db, scope, caller).CanWriteAsync(user, cancellationToken))
        {
            return PartooError.Forbidden();
        }

        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.Ok(UserDeletedResponse.Success);
    }
}

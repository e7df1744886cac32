using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Http;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Users;

/// <summary>searchUsers: the users the caller may read, filtered, sorted by email, one page at a time.</summary>
internal static class UserSearch
{
    public const string Description =
        "Query parameters: `email` (exact, case-insensitive), `org_id` (default: the caller's organization; a PROVIDER sees every "
        + "organization of its provider), `query` (case-insensitive substring of first name, last name or email), `role` (one or a "
        + "comma list), `status` (active, invited), `disabled` (true/false), `page` (from 1), `per_page` (1 to 100, default 30). "
        + "Only users the caller may read are listed, sorted by email.";

    public static async Task<Results<Ok<UserSearchResponse>, PartooError>> SearchUsersAsync(
        HttpRequest request,
        CurrentUser caller,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        var reader = new QueryReader(request.Query);
        var page = reader.Page();
        var email = reader.Text("email");
        var orgId = reader.Number("org_id");
        var text = reader.Text("query");
        var roles = reader.List("role");
        var status = reader.Text("status");
        var disabled = reader.Flag("disabled");
        if (roles.Any(role => !Roles.All.Contains(role)))
        {
            reader.Fail("role", UserFieldRules.OneOf(Roles.All));
        }

        if (status is not null && !UserFieldRules.Statuses.Contains(status))
        {
            reader.Fail("status", UserFieldRules.OneOf(UserFieldRules.Statuses));
        }

        if (reader.HasErrors)
        {
            return PartooError.Validation(reader.Errors);
        }

        var users = caller.IsProvider
            ? db.Users.AsNoTracking().Where(u => u.ProviderId == caller.ProviderId)
            : db.Users.AsNoTracking().Where(u => u.OrgId == caller.OrgId);
        if (orgId is not null)
        {
            var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId, cancellationToken);
            if (organization is not null && !CallerScope.CanSee(caller, organization))
            {
                return PartooError.Forbidden();
            }

            users = users.Where(u => u.OrgId == orgId);
        }

        if (email is not null)
        {
            var emailKey = NameKey.For(email);
            users = users.Where(u => u.EmailKey == emailKey);
        }

        if (roles.Count > 0)
        {
            users = users.Where(u => roles.Contains(u.Role));
        }

        if (status is not null)
        {
            users = users.Where(u => u.Status == status);
        }

        if (disabled is { } isDisabled)
        {
            users = users.Where(u => u.Disabled == isDisabled);
        }

        var candidates = await users.ToListAsync(cancellationToken);
        var readable = await new UserPermissions(db, scope, caller).ReadableAsync(candidates, cancellationToken);
        var matching = readable
            .Where(u => string.IsNullOrEmpty(text) || Contains(u.FirstName, text) || Contains(u.LastName, text) || Contains(u.Email, text))
            .OrderBy(u => u.EmailKey, StringComparer.Ordinal)
            .ThenBy(u => u.Id, StringComparer.Ordinal)
            .ToList();
        var pageUsers = matching.Skip(page.Skip).Take(page.PerPage).ToList();
        var assignments = await UserAssignments.LoadAsync(db, [.. pageUsers.Select(u => u.Id)], cancellationToken);
        return TypedResults.Ok(new UserSearchResponse(
            page.Page,
            page.MaxPage(matching.Count),
            matching.Count,
            [.. pageUsers.Select(u => UserResponse.From(u, assignments))]));
    }

    private static bool Contains(string? value, string text) =>
        value is not null && value.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase);
}

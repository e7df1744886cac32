using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Organizations;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Sections;

namespace PartooGroups.Api.Users;

/// <summary>createUser and updateUser.</summary>
internal static class UserWriteHandlers
{
    public static async Task<Results<Ok<UserWrittenResponse>, PartooError>> CreateUserAsync(
        CreateUserRequest body,
        CurrentUser caller,
        PartooDbContext db,
        CallerScope scope,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var permissions = new UserPermissions(db, scope, caller);
        if (!permissions.MayCreateUsers)
        {
            return PartooError.Forbidden();
        }

        if ((body.OrgId ?? caller.OrgId) is not { } orgId)
        {
            return PartooError.Validation("org_id", NameRules.Missing);
        }

        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId, cancellationToken);
        if (organization is null)
        {
            return PartooError.Validation("org_id", UserFieldRules.UnknownOrganization);
        }

        var role = body.Role ?? Roles.OrgAdmin;
        if (!CallerScope.CanSee(caller, organization) || !permissions.MayGrant(role))
        {
            return PartooError.Forbidden();
        }

        var emailKey = NameKey.For(body.Email!);
        var accesses = role == Roles.GroupManager ? UserWriteChecks.Normalize(body.Accesses ?? []) : [];
        var businessIds = role == Roles.BusinessManager ? DistinctIds(body.BusinessIds ?? []) : [];
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (await UserWriteChecks.EmailTakenAsync(db, organization.ProviderId, emailKey, null, cancellationToken))
        {
            errors["email"] = UserFieldRules.EmailAlreadyExists;
        }

        await CheckAssignmentsAsync(errors, db, scope, caller, orgId, accesses, businessIds, cancellationToken);
        if (errors.Count > 0)
        {
            return PartooError.Validation(errors);
        }

        var user = new User
        {
            Id = ObjectIds.New(),
            ProviderId = organization.ProviderId,
            OrgId = orgId,
            Email = body.Email!,
            EmailKey = emailKey,
            Role = role,
            FirstName = body.FirstName,
            LastName = body.LastName,
            Phone = body.Phone,
            Lang = body.Lang ?? "en",
            Status = body.Status ?? "active",
            CreatedAt = clock.GetUtcNow(),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        await UserWriteChecks.ReplaceAssignmentsAsync(db, user.Id, accesses, businessIds, cancellationToken);
        return TypedResults.Ok(UserWrittenResponse.Success(user.Id));
    }

    public static async Task<Results<Ok<UserWrittenResponse>, PartooError>> UpdateUserAsync(
        [FromRoute(Name = "user_id")] string userId,
        UpdateUserRequest body,
        CurrentUser caller,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return PartooError.NotFound();
        }

        var permissions = new UserPermissions(db, scope, caller);
        var ownProfileOnly = user.Id == caller.Id && !body.ChangesRights;
        if (!ownProfileOnly && !await permissions.CanWriteAsync(user, cancellationToken))
        {
            return PartooError.Forbidden();
        }

        Organization? newOrganization = null;
        if (body.OrgId is { } newOrgId && newOrgId != user.OrgId)
        {
            newOrganization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == newOrgId, cancellationToken);
            if (newOrganization is null)
            {
                return PartooError.Validation("org_id", UserFieldRules.UnknownOrganization);
            }

            if (!CallerScope.CanSee(caller, newOrganization))
            {
                return PartooError.Forbidden();
            }
        }

        var role = body.Role ?? user.Role;
        if (body.Role is not null && !permissions.MayGrant(role))
        {
            return PartooError.Forbidden();
        }

        var current = await UserAssignments.LoadAsync(db, [user.Id], cancellationToken);
        var keepCurrent = newOrganization is null;
        List<List<int>> accesses = role != Roles.GroupManager ? []
            : body.Accesses is { } requestedAccesses ? UserWriteChecks.Normalize(requestedAccesses)
            : keepCurrent ? [.. current.AccessesOf(user.Id).Select(access => access.ToList())]
            : [];
        List<string> businessIds = role != Roles.BusinessManager ? []
            : body.BusinessIds is { } requestedBusinesses ? DistinctIds(requestedBusinesses)
            : keepCurrent ? [.. current.BusinessIdsOf(user.Id)]
            : [];

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var emailKey = body.Email is null ? user.EmailKey : NameKey.For(body.Email);
        if (emailKey != user.EmailKey && await UserWriteChecks.EmailTakenAsync(db, user.ProviderId, emailKey, user.Id, cancellationToken))
        {
            errors["email"] = UserFieldRules.EmailAlreadyExists;
        }

        if (user.OrgId is { } orgId)
        {
            await CheckAssignmentsAsync(
                errors,
                db,
                scope,
                caller,
                newOrganization?.Id ?? orgId,
                body.Accesses is null ? [] : accesses,
                body.BusinessIds is null ? [] : businessIds,
                cancellationToken);
        }

        if (errors.Count > 0)
        {
            return PartooError.Validation(errors);
        }

        user.Email = body.Email ?? user.Email;
        user.EmailKey = emailKey;
        user.FirstName = body.FirstName ?? user.FirstName;
        user.LastName = body.LastName ?? user.LastName;
        user.Phone = body.Phone ?? user.Phone;
        user.Lang = body.Lang ?? user.Lang;
        user.Status = body.Status ?? user.Status;
        user.Disabled = body.Disabled ?? user.Disabled;
        user.Role = role;
        user.OrgId = newOrganization?.Id ?? user.OrgId;
        await db.SaveChangesAsync(cancellationToken);
        if (body.ChangesRights)
        {
            await UserWriteChecks.ReplaceAssignmentsAsync(db, user.Id, accesses, businessIds, cancellationToken);
        }

        return TypedResults.Ok(UserWrittenResponse.Success(user.Id));
    }

    /// <summary>Requested group ids must be groups of the organization; requested businesses, businesses the caller sees there.</summary>
    private static async Task CheckAssignmentsAsync(
        Dictionary<string, string> errors,
        PartooDbContext db,
        CallerScope scope,
        CurrentUser caller,
        int orgId,
        List<List<int>> accesses,
        List<string> businessIds,
        CancellationToken cancellationToken)
    {
        var unknownGroups = await UserWriteChecks.UnknownGroupsAsync(db, orgId, accesses, cancellationToken);
        if (unknownGroups.Count > 0)
        {
            errors["accesses"] = UserWriteChecks.UnknownGroupsMessage(unknownGroups);
        }

        var unknownBusinesses = await scope.NotVisibleAsync(caller, orgId, businessIds, cancellationToken);
        if (unknownBusinesses.Count > 0)
        {
            errors["business_ids"] = UserWriteChecks.UnknownBusinessesMessage(unknownBusinesses);
        }
    }

    private static List<string> DistinctIds(IEnumerable<string?> ids) => [.. ids.OfType<string>().Distinct(StringComparer.Ordinal)];
}

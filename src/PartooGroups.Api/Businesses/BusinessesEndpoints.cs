using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Groups;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Users;
using PartooGroups.Api.OpenApi;

namespace PartooGroups.Api.Businesses;

public static class BusinessesEndpoints
{
    public static RouteGroupBuilder MapBusinesses(this IEndpointRouteBuilder app)
    {
        var businesses = app.MapGroup("/v2/business").WithTags("Businesses");

        businesses.MapPost("", CreateBusinessAsync)
            .WithName("createBusiness")
            .WithSummary("Create business")
            .WithDescription("PROVIDER (any organization of its provider, `org_id` required), ORG_ADMIN and ORG_MANAGER (their "
                + "organization). A LOCAL business is refused when the organization already has `max_businesses` local ones.")
            .WithValidation<CreateBusinessRequest>()
            .WithWriteTransaction()
            .ProducesNotFound();

        businesses.MapGet("/search", BusinessSearch.SearchBusinessesAsync)
            .WithName("searchBusinesses")
            .WithQueryParameters(
                QueryParameterDoc.NumberList("groups", "Group ids: OR inside a section, AND across sections."),
                QueryParameterDoc.TextList("business__in", "Business ids."),
                QueryParameterDoc.OrgId,
                QueryParameterDoc.Text("query", "Case-insensitive part of the name, city or zipcode."),
                QueryParameterDoc.Page,
                QueryParameterDoc.PerPage)
            .WithSummary("Search for businesses")
            .WithDescription("Businesses the caller can read, ordered by id, 30 a page. Query parameters: `groups` (group ids; "
                + "OR inside a section, AND across sections), `business__in` (business ids), `org_id` (PROVIDER only), "
                + "`query` (case-insensitive part of the name, city or zipcode), `page` (from 1), `per_page` (1 to 100). "
                + "Lists accept `a,b`, repeated parameters and `k[]=`.")
            .ProducesNotFound();

        businesses.MapGet("/{business_id}", GetBusinessAsync)
            .WithName("getBusiness")
            .WithSummary("Business information")
            .WithDescription("A business the caller can read: its organization is in the caller's scope and, for a GROUP_MANAGER "
                + "or BUSINESS_MANAGER, the business is in its accesses or assignments.")
            .ProducesNotFound();

        businesses.MapPost("/{business_id}", UpdateBusinessAsync)
            .WithName("updateBusiness")
            .WithSummary("Update business")
            .WithDescription("Works like a PATCH: only the fields given change. `groups` replaces the business's groups; "
                + "membership of a puller-linked group cannot change (403), and a BUSINESS_MANAGER may not send `groups`.")
            .WithValidation<UpdateBusinessRequest>()
            .WithWriteTransaction()
            .ProducesNotFound();

        businesses.MapDelete("/{business_id}", DeleteBusinessAsync)
            .WithName("deleteBusiness")
            .WithSummary("Delete business")
            .WithDescription("PROVIDER, ORG_ADMIN and ORG_MANAGER. The business leaves its groups and its business managers.")
            .WithWriteTransaction()
            .ProducesNotFound();

        return businesses;
    }

    private static async Task<Results<Ok<BusinessChangedResponse>, PartooError>> CreateBusinessAsync(
        CreateBusinessRequest body,
        CurrentUser user,
        PartooDbContext db,
        CallerScope scope,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!user.HasWholeOrganizationScope)
        {
            return PartooError.Forbidden();
        }

        var (organization, refused) = await scope.TargetOrganizationAsync(user, body.OrgId, cancellationToken);
        if (organization is null)
        {
            return refused!;
        }

        var orgId = organization.Id;

        var groupIds = (body.Groups ?? []).Distinct().ToList();
        var groups = await BusinessGroups.FindAsync(db, [orgId], groupIds, cancellationToken);
        if (groups.Values.Any(g => g.HasPuller))
        {
            return PartooError.Forbidden();
        }

        var reach = body.Reach ?? BusinessReach.Local;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (groupIds.Where(id => !groups.ContainsKey(id)).ToList() is { Count: > 0 } unknown)
        {
            errors["groups"] = BusinessGroups.UnknownMessage(unknown);
        }

        if (body.Code is { } code && await db.Businesses.AnyAsync(b => b.OrgId == orgId && b.Code == code, cancellationToken))
        {
            errors["code"] = BusinessRules.CodeAlreadyExists;
        }

        if (reach == BusinessReach.Local && await BusinessAccess.LocalLimitReachedAsync(db, orgId, cancellationToken) is { } limit)
        {
            errors["max_businesses"] = limit;
        }

        if (errors.Count > 0)
        {
            return PartooError.Validation(errors);
        }

        var business = new Business
        {
            Id = ObjectIds.New(),
            OrgId = orgId,
            Name = body.Name!,
            Reach = reach,
            Code = body.Code,
            City = body.City,
            Zipcode = body.Zipcode,
            Country = body.Country,
            CreatedAt = clock.GetUtcNow(),
        };
        business.Memberships.AddRange(groupIds.Select(id => new GroupBusiness { GroupId = id }));
        db.Businesses.Add(business);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(BusinessChangedResponse.Success(business.Id));
    }

    private static async Task<Results<Ok<BusinessResponse>, PartooError>> GetBusinessAsync(
        [FromRoute(Name = "business_id")] string businessId,
        CurrentUser user,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        var (business, refused) = await BusinessAccess.FindReadableAsync(user, businessId, db, scope, cancellationToken);
        if (business is null)
        {
            return refused!;
        }

        var groups = await BusinessGroups.OfAsync(db, [business.Id], cancellationToken);
        return TypedResults.Ok(BusinessResponse.From(business, groups[business.Id]));
    }

    private static async Task<Results<Ok<BusinessChangedResponse>, PartooError>> UpdateBusinessAsync(
        [FromRoute(Name = "business_id")] string businessId,
        UpdateBusinessRequest body,
        CurrentUser user,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        var (business, refused) = await BusinessAccess.FindReadableAsync(user, businessId, db, scope, cancellationToken);
        if (business is null)
        {
            return refused!;
        }

        if (user.Role == Roles.Publisher || (body.Groups is not null && user.Role == Roles.BusinessManager))
        {
            return PartooError.Forbidden();
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var current = (await BusinessGroups.OfAsync(db, [business.Id], cancellationToken))[business.Id].ToList();
        var groupIds = body.Groups?.Distinct().ToList();
        if (groupIds is not null)
        {
            var groups = await BusinessGroups.FindAsync(db, [business.OrgId], [.. groupIds.Union(current)], cancellationToken);
            var changed = groupIds.Except(current).Union(current.Except(groupIds));
            if (changed.Any(id => groups.TryGetValue(id, out var group) && group.HasPuller))
            {
                return PartooError.Forbidden();
            }

            if (groupIds.Where(id => !groups.ContainsKey(id)).ToList() is { Count: > 0 } unknown)
            {
                errors["groups"] = BusinessGroups.UnknownMessage(unknown);
            }
        }

        if (body.Code is { } code && code != business.Code
            && await db.Businesses.AnyAsync(b => b.OrgId == business.OrgId && b.Code == code, cancellationToken))
        {
            errors["code"] = BusinessRules.CodeAlreadyExists;
        }

        if (body.Reach == BusinessReach.Local && business.Reach != BusinessReach.Local
            && await BusinessAccess.LocalLimitReachedAsync(db, business.OrgId, cancellationToken) is { } limit)
        {
            errors["max_businesses"] = limit;
        }

        if (errors.Count > 0)
        {
            return PartooError.Validation(errors);
        }

        business.Name = body.Name ?? business.Name;
        business.Reach = body.Reach ?? business.Reach;
        business.Code = body.Code ?? business.Code;
        business.City = body.City ?? business.City;
        business.Zipcode = body.Zipcode ?? business.Zipcode;
        business.Country = body.Country ?? business.Country;
        business.Status = body.Status ?? business.Status;
        await db.SaveChangesAsync(cancellationToken);
        if (groupIds is not null)
        {
            await BusinessGroups.ReplaceAsync(db, business, current, groupIds, cancellationToken);
        }

        return TypedResults.Ok(BusinessChangedResponse.Success(business.Id));
    }

    private static async Task<Results<Ok<BusinessDeletedResponse>, PartooError>> DeleteBusinessAsync(
        [FromRoute(Name = "business_id")] string businessId,
        CurrentUser user,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        var (business, refused) = await BusinessAccess.FindReadableAsync(user, businessId, db, scope, cancellationToken);
        if (business is null)
        {
            return refused!;
        }

        if (!user.HasWholeOrganizationScope)
        {
            return PartooError.Forbidden();
        }

        // Foreign keys cascade to the business's group memberships and business-manager assignments.
        await db.Businesses.Where(b => b.Id == businessId).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.Ok(BusinessDeletedResponse.Success());
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Http;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Users;
using PartooGroups.Api.OpenApi;

namespace PartooGroups.Api.Organizations;

public static class OrganizationsEndpoints
{
    public static RouteGroupBuilder MapOrganizations(this IEndpointRouteBuilder app)
    {
        var organizations = app.MapGroup("/v2/org").WithTags("Organizations");

        organizations.MapPost("", CreateOrganizationAsync)
            .WithName("createOrganization")
            .WithSummary("Create organization")
            .WithDescription("Creates an organization in the caller's provider. Only PROVIDER users may call it.")
            .WithValidation<CreateOrganizationRequest>()
            .WithWriteTransaction()
            .KeepsApiKeyCache();

        organizations.MapGet("/search", SearchOrganizationsAsync)
            .WithName("searchOrganizations")
            .WithQueryParameters(
                QueryParameterDoc.Text("query", "Case-insensitive part of the name, or the exact id."),
                QueryParameterDoc.Text("alias", "Exact alias."),
                QueryParameterDoc.OrgId,
                QueryParameterDoc.Page,
                QueryParameterDoc.PerPage)
            .WithSummary("Search for organizations")
            .WithDescription("Organizations the caller can read (a PROVIDER: those of its provider; others: their own), 30 a page. "
                + "Query parameters: `query` (case-insensitive part of the name, or the exact id), `alias` (exact), `org_id`, "
                + "`page` (from 1), `per_page` (1 to 100).");

        organizations.MapGet("/{org_id:int}", GetOrganizationAsync)
            .WithName("getOrganization")
            .WithSummary("Organization information")
            .WithDescription("A PROVIDER reads every organization of its provider; other users only their own.")
            .ProducesNotFound();

        organizations.MapPost("/{org_id:int}", UpdateOrganizationAsync)
            .WithName("updateOrganization")
            .WithSummary("Update organization")
            .WithDescription("Only the fields given change. PROVIDER users (organizations of their provider) and ORG_ADMIN users "
                + "(their own organization) may call it; only a PROVIDER may send `max_businesses`.")
            .WithValidation<UpdateOrganizationRequest>()
            .WithWriteTransaction()
            .ProducesNotFound();

        organizations.MapDelete("/{org_id:int}", DeleteOrganizationAsync)
            .WithName("deleteOrganization")
            .WithQueryParameters(QueryParameterDoc.Flag("force", "Delete the organization with its businesses and users."))
            .WithSummary("Delete organization")
            .WithDescription("PROVIDER only. An organization that still has businesses or users is deleted only with `force` true, "
                + "given as the query parameter `force=true` or in the JSON body `{\"force\": \"True\"}`; then its businesses, "
                + "sections, groups, users and their API keys go with it.")
            .WithWriteTransaction()
            .ProducesNotFound();

        return organizations;
    }

    private static async Task<Results<Ok<OrganizationCreatedResponse>, PartooError>> CreateOrganizationAsync(
        CreateOrganizationRequest body,
        CurrentUser user,
        PartooDbContext db,
        CancellationToken cancellationToken)
    {
        if (!user.IsProvider)
        {
            return PartooError.Forbidden();
        }

        var aliases = (await db.Organizations
                .Where(o => o.ProviderId == user.ProviderId)
                .Select(o => o.Alias)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        if (body.Alias is { } alias && aliases.Contains(alias))
        {
            return PartooError.Validation("alias", OrganizationAlias.AlreadyExists);
        }

        var organization = new Organization
        {
            ProviderId = user.ProviderId,
            Name = body.Name!,
            Alias = body.Alias ?? OrganizationAlias.Derive(body.Name!, aliases.Contains),
            MaxBusinesses = body.MaxBusinesses,
        };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(OrganizationCreatedResponse.Success(organization));
    }

    private static async Task<Results<Ok<OrganizationResponse>, PartooError>> GetOrganizationAsync(
        [FromRoute(Name = "org_id")] int orgId,
        CurrentUser user,
        PartooDbContext db,
        CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId, cancellationToken);
        if (organization is null)
        {
            return PartooError.NotFound();
        }

        return CallerScope.CanSee(user, organization)
            ? TypedResults.Ok(OrganizationResponse.From(organization))
            : PartooError.Forbidden();
    }

    private static async Task<Results<Ok<OrganizationChangedResponse>, PartooError>> UpdateOrganizationAsync(
        [FromRoute(Name = "org_id")] int orgId,
        UpdateOrganizationRequest body,
        CurrentUser user,
        PartooDbContext db,
        CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == orgId, cancellationToken);
        if (organization is null)
        {
            return PartooError.NotFound();
        }

        var mayWrite = user.Role is Roles.Provider or Roles.OrgAdmin;
        if (!CallerScope.CanSee(user, organization) || !mayWrite || (body.MaxBusinesses is not null && !user.IsProvider))
        {
            return PartooError.Forbidden();
        }

        if (body.Alias is { } alias && alias != organization.Alias
            && await db.Organizations.AnyAsync(o => o.ProviderId == organization.ProviderId && o.Alias == alias, cancellationToken))
        {
            return PartooError.Validation("alias", OrganizationAlias.AlreadyExists);
        }

        organization.Name = body.Name ?? organization.Name;
        organization.Alias = body.Alias ?? organization.Alias;
        if (body.MaxBusinesses is { } change)
        {
            organization.MaxBusinesses = change.Limit;
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(OrganizationChangedResponse.Success(organization.Id));
    }

    private static async Task<Results<Ok<OrganizationChangedResponse>, PartooError>> DeleteOrganizationAsync(
        [FromRoute(Name = "org_id")] int orgId,
        HttpRequest request,
        CurrentUser user,
        PartooDbContext db,
        CancellationToken cancellationToken)
    {
        var (force, error) = await DeleteOrganizationForce.ReadAsync(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId, cancellationToken);
        if (organization is null)
        {
            return PartooError.NotFound();
        }

        if (!user.IsProvider || !CallerScope.CanSee(user, organization))
        {
            return PartooError.Forbidden();
        }

        if (!force
            && (await db.Businesses.AnyAsync(b => b.OrgId == orgId, cancellationToken)
                || await db.Users.AnyAsync(u => u.OrgId == orgId, cancellationToken)))
        {
            return PartooError.Message(
                StatusCodes.Status400BadRequest,
                "The organization still has businesses or users. Send force=True to delete them with it.");
        }

        // Foreign keys cascade: businesses, sections, groups, memberships, users, their accesses, assignments and API keys.
        await db.Organizations.Where(o => o.Id == orgId).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.Ok(OrganizationChangedResponse.Success(orgId));
    }

    private static async Task<Results<Ok<OrganizationPageResponse>, PartooError>> SearchOrganizationsAsync(
        HttpRequest request,
        CurrentUser user,
        PartooDbContext db,
        CancellationToken cancellationToken)
    {
        var reader = new QueryReader(request.Query);
        var page = reader.Page();
        var orgId = reader.Number("org_id");
        var alias = reader.Text("alias");
        var query = reader.Text("query")?.Trim();
        if (reader.HasErrors)
        {
            return PartooError.Validation(reader.Errors);
        }

        var visible = user.IsProvider
            ? db.Organizations.Where(o => o.ProviderId == user.ProviderId)
            : db.Organizations.Where(o => o.Id == user.OrgId);
        if (orgId is { } id)
        {
            visible = visible.Where(o => o.Id == id);
        }

        if (alias is not null)
        {
            visible = visible.Where(o => o.Alias == alias);
        }

        var matches = (await visible.AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken))
            .Where(o => string.IsNullOrEmpty(query) || MatchesQuery(o, query))
            .ToList();
        var orgs = matches.Skip(page.Skip).Take(page.PerPage).Select(OrganizationResponse.From).ToList();
        return TypedResults.Ok(new OrganizationPageResponse(page.Page, page.MaxPage(matches.Count), matches.Count, orgs));
    }

    /// <summary>The vendor's fuzzy search "on name or id": a case-insensitive part of the name, or the id itself.</summary>
    private static bool MatchesQuery(Organization organization, string query) =>
        organization.Name.Contains(query, StringComparison.OrdinalIgnoreCase)
        || organization.Id.ToString(CultureInfo.InvariantCulture) == query;
}

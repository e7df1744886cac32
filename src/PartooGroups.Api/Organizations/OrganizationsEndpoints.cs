using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Persistence;

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
}

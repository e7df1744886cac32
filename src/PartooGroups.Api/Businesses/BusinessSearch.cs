using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Groups;
using PartooGroups.Api.Http;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Businesses;

/// <summary>searchBusinesses: the caller's businesses, narrowed by the filters, ordered by id and paged.</summary>
internal static class BusinessSearch
{
    public static async Task<Results<Ok<BusinessPageResponse>, PartooError>> SearchBusinessesAsync(
        HttpRequest request,
        CurrentUser user,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        var reader = new QueryReader(request.Query);
        var page = reader.Page();
        var orgId = reader.Number("org_id");
        var groupIds = reader.Numbers("groups").Distinct().ToList();
        var businessIn = reader.List("business__in");
        var query = reader.Text("query")?.Trim();
        if (reader.HasErrors)
        {
            return PartooError.Validation(reader.Errors);
        }

        var (orgIds, refused) = await scope.ListedOrganizationsAsync(user, orgId, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var candidates = db.Businesses.AsNoTracking().Where(b => orgIds.Contains(b.OrgId));
        if (businessIn.Count > 0)
        {
            candidates = candidates.Where(b => businessIn.Contains(b.Id));
        }

        IEnumerable<Business> matches = await candidates.ToListAsync(cancellationToken);
        if (!user.HasWholeOrganizationScope)
        {
            var visible = await scope.VisibleBusinessIdsAsync(user, user.OrgId!.Value, cancellationToken);
            matches = matches.Where(b => visible.Contains(b.Id));
        }

        if (groupIds.Count > 0)
        {
            var groups = await BusinessGroups.FindAsync(db, orgIds, groupIds, cancellationToken);
            if (groupIds.Where(g => !groups.ContainsKey(g)).ToList() is { Count: > 0 } unknown)
            {
                return PartooError.Validation("groups", BusinessGroups.UnknownMessage(unknown));
            }

            var inGroups = await InGroupsAsync(db, [.. groups.Values], cancellationToken);
            matches = matches.Where(b => inGroups.Contains(b.Id));
        }

        if (!string.IsNullOrEmpty(query))
        {
            matches = matches.Where(b => Contains(b.Name, query) || Contains(b.City, query) || Contains(b.Zipcode, query));
        }

        var all = matches.OrderBy(b => b.Id, StringComparer.Ordinal).ToList();
        var shown = all.Skip(page.Skip).Take(page.PerPage).ToList();
        var memberships = await BusinessGroups.OfAsync(db, [.. shown.Select(b => b.Id)], cancellationToken);
        var businesses = shown.Select(b => BusinessResponse.From(b, memberships[b.Id])).ToList();
        return TypedResults.Ok(new BusinessPageResponse(page.Page, page.MaxPage(all.Count), all.Count, businesses));
    }

    /// <summary>The vendor's "access logic" for the <c>groups</c> filter: the list is evaluated as one GROUP_MANAGER access.</summary>
    private static async Task<HashSet<string>> InGroupsAsync(
        PartooDbContext db,
        IReadOnlyCollection<GroupOfOrganization> groups,
        CancellationToken cancellationToken)
    {
        var members = await GroupQueries.BusinessIdsOfAsync(db, [.. groups.Select(g => g.Id)], cancellationToken);
        IReadOnlyCollection<AccessGroup> access = [.. groups.Select(g => new AccessGroup(g.Id, g.SectionId))];
        return AccessScope.Evaluate([access], groupId => members[groupId]);
    }

    private static bool Contains(string? value, string query) =>
        value is not null && value.Contains(query, StringComparison.OrdinalIgnoreCase);
}

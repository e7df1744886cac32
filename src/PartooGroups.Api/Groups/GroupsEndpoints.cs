using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Sections;

namespace PartooGroups.Api.Groups;

public static class GroupsEndpoints
{
    public static RouteGroupBuilder MapGroups(this IEndpointRouteBuilder app)
    {
        var groups = app.MapGroup("/v2/sections/{section_id:int}/groups").WithTags("Groups and Sections");

        groups.MapPost("", CreateGroupAsync)
            .WithName("createGroup")
            .WithSummary("Create Group and set businesses")
            .WithDescription("Creates a group in the section. `business__in` omitted or null gives the group every business the caller can see in the organization; `[]` gives an empty group.")
            .WithValidation<CreateGroupRequest>()
            .WithWriteTransaction()
            .KeepsApiKeyCache()
            .ProducesNotFound();

        groups.MapGet("/{group_id:int}", GetGroupAsync)
            .WithName("getGroup")
            .WithSummary("Get Group")
            .WithDescription("Gets a group and its business ids.")
            .ProducesNotFound();

        return groups;
    }

    private static async Task<Results<Ok<GroupCreatedResponse>, PartooError>> CreateGroupAsync(
        [FromRoute(Name = "section_id")] int sectionId,
        CreateGroupRequest body,
        CurrentUser user,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        var section = await db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sectionId, cancellationToken);
        if (section is null)
        {
            return PartooError.NotFound();
        }

        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == section.OrgId, cancellationToken);
        if (!CallerScope.CanSee(user, organization) || !user.MayEditGroups || section.HasPuller)
        {
            return PartooError.Forbidden();
        }

        var nameKey = NameKey.For(body.Name!);
        if (await db.Groups.AnyAsync(g => g.SectionId == sectionId && g.NameKey == nameKey, cancellationToken))
        {
            return PartooError.Validation("name", NameRules.AlreadyExists);
        }

        var group = new Group { SectionId = sectionId, Name = body.Name!.Trim(), NameKey = nameKey };
        db.Groups.Add(group);

        if (body.BusinessIn is { } requested)
        {
            var ids = requested.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var unknown = await scope.NotVisibleAsync(user, section.OrgId, ids, cancellationToken);
            if (unknown.Count > 0)
            {
                return PartooError.Validation("business__in", BusinessListMessage(unknown));
            }

            group.Memberships.AddRange(ids.Select(id => new GroupBusiness { BusinessId = id }));
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (user.HasWholeOrganizationScope)
        {
            await db.SaveChangesAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO GroupBusinesses (GroupId, BusinessId) SELECT {group.Id}, Id FROM Businesses WHERE OrgId = {section.OrgId}",
                cancellationToken);
        }
        else
        {
            var visible = await scope.VisibleBusinessIdsAsync(user, section.OrgId, cancellationToken);
            group.Memberships.AddRange(visible.Select(id => new GroupBusiness { BusinessId = id }));
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(GroupCreatedResponse.Success(group.Id));
    }

    private static async Task<Results<Ok<GroupResponse>, PartooError>> GetGroupAsync(
        [FromRoute(Name = "section_id")] int sectionId,
        [FromRoute(Name = "group_id")] int groupId,
        CurrentUser user,
        PartooDbContext db,
        CancellationToken cancellationToken)
    {
        var group = await GroupQueries.InSection(db, sectionId, groupId, cancellationToken);
        if (group is null)
        {
            return PartooError.NotFound();
        }

        if (!CallerScope.CanSee(user, group.OrgId, group.ProviderId))
        {
            return PartooError.Forbidden();
        }

        var businessIds = new List<string>();
        await foreach (var id in GroupQueries.BusinessIds(db, groupId).WithCancellation(cancellationToken))
        {
            businessIds.Add(id);
        }

        return TypedResults.Ok(new GroupResponse(group.Id, group.Name, group.HasPuller, businessIds));
    }

    private static string BusinessListMessage(IReadOnlyList<string> unknown)
    {
        const int shown = 10;
        var list = string.Join(", ", unknown.Take(shown));
        return unknown.Count > shown
            ? $"Unknown or inaccessible business ids: {list} (and {unknown.Count - shown} more)"
            : $"Unknown or inaccessible business ids: {list}";
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Http;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Sections;
using PartooGroups.Api.Users;

namespace PartooGroups.Api.Groups;

public static class GroupsEndpoints
{
    public static IServiceCollection AddGroups(this IServiceCollection services) => services.AddSingleton<GroupReadCache>();

    public static RouteGroupBuilder MapGroups(this IEndpointRouteBuilder app)
    {
        var groups = app.MapGroup("/v2/sections/{section_id:int}/groups").WithTags("Groups and Sections");

        groups.MapPost("", CreateGroupAsync)
            .WithName("createGroup")
            .WithSummary("Create Group and set businesses")
            .WithDescription("Creates a group in the section. `business__in` omitted or null gives the group every business the caller can see in the organization; `[]` gives an empty group.")
            .WithValidation<CreateGroupRequest>()
            .KeepsApiKeyCache()
            .ProducesNotFound();

        // The cache is a singleton, taken here rather than per request: resolving it from the request's services
        // would create a service scope for every getGroup, which a cache hit does not need.
        var cache = app.ServiceProvider.GetRequiredService<GroupReadCache>();
        groups.MapGet(
                "/{group_id:int}",
                ([FromRoute(Name = "section_id")] int sectionId, [FromRoute(Name = "group_id")] int groupId, CurrentUser user, HttpContext httpContext,
                    CancellationToken cancellationToken) => GetGroupAsync(sectionId, groupId, user, cache, httpContext, cancellationToken))
            .WithName("getGroup")
            .WithSummary("Get Group")
            .WithDescription("Gets a group and its business ids.")
            .ProducesNotFound();

        groups.MapPost("/{group_id:int}", UpdateGroupAsync)
            .WithName("updateGroup")
            .WithSummary("Update Group")
            .WithDescription("Renames a group and/or replaces its businesses with `business__in` (null is the same as omitted). "
                + "A GROUP_MANAGER may update a group only when every business of it is in its scope, and only to businesses in its scope.")
            .WithValidation<UpdateGroupRequest>()
            .WithWriteTransaction()
            .KeepsApiKeyCache()
            .ProducesNotFound();

        groups.MapDelete("/{group_id:int}", DeleteGroupAsync)
            .WithName("deleteGroup")
            .WithSummary("Delete Group")
            .WithDescription("Deletes a group; it leaves its businesses and the users' accesses. "
                + "A GROUP_MANAGER may delete a group only when every business of it is in its scope.")
            .WithWriteTransaction()
            .KeepsApiKeyCache()
            .ProducesNotFound();

        return groups;
    }

    private static Task<Results<JsonBytesOk<GroupCreatedResponse>, PartooError>> CreateGroupAsync(
        [FromRoute(Name = "section_id")] int sectionId,
        CreateGroupRequest body,
        CurrentUser user,
        GroupCommitWriter writer,
        IOptions<HttpJsonOptions> json,
        CancellationToken cancellationToken) =>
        writer.WriteAsync(
            (session, token) => GroupCreation.CreateAsync(session, sectionId, body, user, json.Value.SerializerOptions, token),
            cancellationToken);

    private static async ValueTask<Results<JsonBytesOk<GroupResponse>, PartooError>> GetGroupAsync(
        int sectionId,
        int groupId,
        CurrentUser user,
        GroupReadCache groups,
        HttpContext httpContext,
        CancellationToken cancellationToken)
    {
        var group = await groups.GetAsync(httpContext, sectionId, groupId, cancellationToken);
        if (group is null)
        {
            return PartooError.NotFound();
        }

        if (!CallerScope.CanSee(user, group.OrgId, group.ProviderId))
        {
            return PartooError.Forbidden();
        }

        return new JsonBytesOk<GroupResponse>(group.Body);
    }

    private static async Task<Results<Ok<GroupUpdatedResponse>, PartooError>> UpdateGroupAsync(
        [FromRoute(Name = "section_id")] int sectionId,
        [FromRoute(Name = "group_id")] int groupId,
        UpdateGroupRequest body,
        CurrentUser user,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        var access = await SectionAccess.FindAsync(db, scope, user, sectionId, groupId, cancellationToken);
        if (access.Failed)
        {
            return access.Error;
        }

        if (!EditRights.MayEditGroup(access.Editor, access.Section, access.Group!))
        {
            return PartooError.Forbidden();
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var nameKey = body.Name is { } name ? NameKey.For(name) : null;
        if (nameKey is not null
            && await GroupQueries.NameTaken(db, sectionId, nameKey, groupId, cancellationToken))
        {
            errors["name"] = NameRules.AlreadyExists;
        }

        var businessIds = body.BusinessIn?.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (businessIds is not null && EditRights.NotAssignable(access.Editor, businessIds) is { Count: > 0 } refused)
        {
            errors["business__in"] = BusinessListMessage(refused);
        }

        if (errors.Count > 0)
        {
            return PartooError.Validation(errors);
        }

        var group = await db.Groups.FirstAsync(g => g.Id == groupId, cancellationToken);
        if (nameKey is not null)
        {
            group.Name = body.Name!.Trim();
            group.NameKey = nameKey;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (businessIds is not null)
        {
            var kept = db.Businesses.Where(b => businessIds.Contains(b.Id)).Select(b => b.Key);
            await db.GroupBusinesses
                .Where(m => m.GroupId == groupId && !kept.Contains(m.BusinessKey))
                .ExecuteDeleteAsync(cancellationToken);
            await GroupMemberships.AddAsync(
                db, groupId, businessIds.Except(access.Group!.BusinessIds, StringComparer.Ordinal).ToList(), cancellationToken);
        }

        return TypedResults.Ok(GroupUpdatedResponse.Success(groupId));
    }

    private static async Task<Results<Ok<GroupDeletedResponse>, PartooError>> DeleteGroupAsync(
        [FromRoute(Name = "section_id")] int sectionId,
        [FromRoute(Name = "group_id")] int groupId,
        CurrentUser user,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        var access = await SectionAccess.FindAsync(db, scope, user, sectionId, groupId, cancellationToken);
        if (access.Failed)
        {
            return access.Error;
        }

        if (!EditRights.MayEditGroup(access.Editor, access.Section, access.Group!))
        {
            return PartooError.Forbidden();
        }

        var deleted = db.Groups.Where(g => g.Id == groupId);
        await DeletedGroupAccesses.VoidAccessesNamingAsync(db, deleted.Select(g => g.Id), cancellationToken);
        await deleted.ExecuteDeleteAsync(cancellationToken);
        return TypedResults.Ok(GroupDeletedResponse.Success);
    }

    internal static string BusinessListMessage(IReadOnlyList<string> unknown)
    {
        const int shown = 10;
        var list = string.Join(", ", unknown.Take(shown));
        return unknown.Count > shown
            ? $"Unknown or inaccessible business ids: {list} (and {unknown.Count - shown} more)"
            : $"Unknown or inaccessible business ids: {list}";
    }
}

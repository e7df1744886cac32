using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Http;
using PartooGroups.Api.OpenApi;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Users;

namespace PartooGroups.Api.Sections;

public static class SectionsEndpoints
{
    public static RouteGroupBuilder MapSections(this IEndpointRouteBuilder app)
    {
        var sections = app.MapGroup("/v2/sections").WithTags("Groups and Sections");

        sections.MapGet("", ListSectionsAsync)
            .WithName("getGroupSections")
            .WithQueryParameters(
                QueryParameterDoc.Page,
                QueryParameterDoc.Number("org_id", "Organization id. Only PROVIDER users may name another organization than their own; "
                    + "a PROVIDER that gives none gets the sections of all its organizations."),
                QueryParameterDoc.Text("group_name_query", "Keeps the sections having a group whose name contains this text, in any letter case."))
            .WithSummary("Get sections")
            .WithDescription("The sections of the caller's organization (a PROVIDER: of `org_id`, or of all its organizations), "
                + "with their groups, ordered by id, 30 a page. A page past the last one has no sections.");

        sections.MapPost("", CreateSectionAsync)
            .WithName("createGroupSection")
            .WithSummary("Create Section")
            .WithDescription("Creates a section. `org_id` (an integer or a numeric string) is required from a PROVIDER; other users "
                + "create in their own organization. PROVIDER, ORG_ADMIN, ORG_MANAGER and GROUP_MANAGER users may call it.")
            .WithValidation<CreateSectionRequest>()
            .WithWriteTransaction()
            .KeepsApiKeyCache()
            .ProducesNotFound();

        sections.MapGet("/{section_id:int}", GetSectionAsync)
            .WithName("getGroupSectionById")
            .WithSummary("Get Section")
            .WithDescription("Gets a section and its groups. `can_edit` tells whether the caller may edit or delete the section "
                + "or one of its groups; sections linked to a puller cannot be modified or deleted.")
            .ProducesNotFound();

        sections.MapPost("/{section_id:int}", UpdateSectionAsync)
            .WithName("updateGroupSection")
            .WithSummary("Update Section")
            .WithDescription("Renames a section. A GROUP_MANAGER may rename a section only when it may edit every group of it.")
            .WithValidation<UpdateSectionRequest>()
            .WithWriteTransaction()
            .KeepsApiKeyCache()
            .ProducesNotFound();

        sections.MapDelete("/{section_id:int}", DeleteSectionAsync)
            .WithName("deleteGroupSection")
            .WithSummary("Delete Section")
            .WithDescription("Deletes a section with its groups; the groups leave their businesses and the users' accesses. "
                + "A GROUP_MANAGER may delete a section only when it may edit every group of it.")
            .WithWriteTransaction()
            .KeepsApiKeyCache()
            .ProducesNotFound();

        return sections;
    }

    private static async Task<Results<Ok<SectionPageResponse>, PartooError>> ListSectionsAsync(
        HttpRequest request,
        CurrentUser user,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        var reader = new QueryReader(request.Query);
        var page = reader.Page(allowPerPage: false);
        var orgId = reader.Number("org_id");
        var groupNameQuery = reader.Text("group_name_query");
        if (reader.HasErrors)
        {
            return PartooError.Validation(reader.Errors);
        }

        var (orgIds, refused) = await scope.ListedOrganizationsAsync(user, orgId, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var matches = db.Sections.AsNoTracking().Where(s => orgIds.Contains(s.OrgId));
        if (!string.IsNullOrWhiteSpace(groupNameQuery))
        {
            var key = NameKey.For(groupNameQuery);
            matches = matches.Where(s => db.Groups.Any(g => g.SectionId == s.Id && g.NameKey.Contains(key)));
        }

        var count = await matches.CountAsync(cancellationToken);
        var ids = await matches.OrderBy(s => s.Id).Skip(page.Skip).Take(page.PerPage).Select(s => s.Id).ToListAsync(cancellationToken);
        var shown = await SectionState.LoadAsync(db, ids, cancellationToken);
        var editors = new Dictionary<int, Editor>();
        foreach (var org in shown.Select(s => s.OrgId).Distinct())
        {
            editors[org] = await scope.EditorAsync(user, org, cancellationToken);
        }

        var responses = shown.Select(s => SectionResponse.From(s, editors[s.OrgId])).ToList();
        return TypedResults.Ok(new SectionPageResponse(page.Page, page.MaxPage(count), count, responses));
    }

    private static async Task<Results<Ok<SectionChangedResponse>, PartooError>> CreateSectionAsync(
        CreateSectionRequest body,
        CurrentUser user,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        if (!EditRights.MayWrite(user.Role))
        {
            return PartooError.Forbidden();
        }

        var (organization, refused) = await scope.TargetOrganizationAsync(user, body.OrgId, cancellationToken);
        if (organization is null)
        {
            return refused!;
        }

        var orgId = organization.Id;

        var nameKey = NameKey.For(body.Name!);
        if (await db.Sections.AnyAsync(s => s.OrgId == orgId && s.NameKey == nameKey, cancellationToken))
        {
            return PartooError.Validation("name", NameRules.AlreadyExists);
        }

        var section = new Section { OrgId = orgId, Name = body.Name!.Trim(), NameKey = nameKey };
        db.Sections.Add(section);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SectionChangedResponse.Success(section.Id));
    }

    private static async Task<Results<Ok<SectionResponse>, PartooError>> GetSectionAsync(
        [FromRoute(Name = "section_id")] int sectionId,
        CurrentUser user,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        var access = await SectionAccess.FindAsync(db, scope, user, sectionId, groupId: null, cancellationToken);
        if (access.Failed)
        {
            return access.Error;
        }

        return TypedResults.Ok(SectionResponse.From(access.Section, access.Editor));
    }

    private static async Task<Results<Ok<SectionChangedResponse>, PartooError>> UpdateSectionAsync(
        [FromRoute(Name = "section_id")] int sectionId,
        UpdateSectionRequest body,
        CurrentUser user,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        var access = await SectionAccess.FindAsync(db, scope, user, sectionId, groupId: null, cancellationToken);
        if (access.Failed)
        {
            return access.Error;
        }

        if (!EditRights.MayEditSection(access.Editor, access.Section))
        {
            return PartooError.Forbidden();
        }

        var nameKey = NameKey.For(body.Name!);
        if (await db.Sections.AnyAsync(s => s.OrgId == access.Section.OrgId && s.NameKey == nameKey && s.Id != sectionId, cancellationToken))
        {
            return PartooError.Validation("name", NameRules.AlreadyExists);
        }

        var section = await db.Sections.FirstAsync(s => s.Id == sectionId, cancellationToken);
        section.Name = body.Name!.Trim();
        section.NameKey = nameKey;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SectionChangedResponse.Success(sectionId));
    }

    private static async Task<Results<Ok<SectionDeletedResponse>, PartooError>> DeleteSectionAsync(
        [FromRoute(Name = "section_id")] int sectionId,
        CurrentUser user,
        PartooDbContext db,
        CallerScope scope,
        CancellationToken cancellationToken)
    {
        var access = await SectionAccess.FindAsync(db, scope, user, sectionId, groupId: null, cancellationToken);
        if (access.Failed)
        {
            return access.Error;
        }

        if (!EditRights.MayDeleteSection(access.Editor, access.Section))
        {
            return PartooError.Forbidden();
        }

        await DeletedGroupAccesses.VoidAccessesNamingAsync(
            db, db.Groups.Where(g => g.SectionId == sectionId).Select(g => g.Id), cancellationToken);
        await db.Sections.Where(s => s.Id == sectionId).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.Ok(SectionDeletedResponse.Success);
    }
}

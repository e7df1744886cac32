using Microsoft.AspNetCore.Http.HttpResults;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Sections;

namespace PartooGroups.Api.Groups;

/// <summary>
/// createGroup's write, run by <see cref="GroupCommitWriter"/> on its connection inside the batch's transaction, with
/// prepared statements: the section and its organization, then the group (the unique index on (SectionId, NameKey)
/// answers whether the name is taken), then its businesses. Any refusal after the group row is rolled back by the
/// writer with the rest of this write. Callers who see only some businesses of the organization (GROUP_MANAGER)
/// go through <see cref="CallerScope"/>, which holds that rule.
/// </summary>
internal static class GroupCreation
{
    private const string SelectSection =
        "SELECT s.HasPuller, o.Id, o.ProviderId FROM Sections s JOIN Organizations o ON o.Id = s.OrgId WHERE s.Id = $section";

    private const string InsertGroup =
        "INSERT INTO Groups (SectionId, Name, NameKey, HasPuller) VALUES ($section, $name, $key, 0) "
        + "ON CONFLICT (SectionId, NameKey) DO NOTHING RETURNING Id";

    public static async Task<Results<Ok<GroupCreatedResponse>, PartooError>> CreateAsync(
        WriteSession session,
        int sectionId,
        CreateGroupRequest body,
        CurrentUser user,
        CancellationToken cancellationToken)
    {
        if (FindSection(session, sectionId) is not { } section)
        {
            return PartooError.NotFound();
        }

        if (!CallerScope.CanSee(user, section.OrgId, section.ProviderId) || !user.MayEditGroups || section.HasPuller)
        {
            return PartooError.Forbidden();
        }

        if (Insert(session, sectionId, body.Name!) is not { } groupId)
        {
            return PartooError.Validation("name", NameRules.AlreadyExists);
        }

        var scope = new CallerScope(session.Db);
        if (body.BusinessIn is { } requested)
        {
            var ids = requested.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            IReadOnlyList<string> unknown;
            if (user.HasWholeOrganizationScope)
            {
                if (GroupMemberships.AddOfOrganization(session, groupId, section.OrgId, ids) == ids.Count)
                {
                    return Created(groupId);
                }

                unknown = await scope.NotVisibleAsync(user, section.OrgId, ids, cancellationToken);
            }
            else
            {
                unknown = await scope.NotVisibleAsync(user, section.OrgId, ids, cancellationToken);
                if (unknown.Count == 0)
                {
                    GroupMemberships.Add(session, groupId, ids);
                    return Created(groupId);
                }
            }

            return PartooError.Validation("business__in", GroupsEndpoints.BusinessListMessage(unknown));
        }

        if (user.HasWholeOrganizationScope)
        {
            GroupMemberships.AddWholeOrganization(session, groupId, section.OrgId);
        }
        else
        {
            GroupMemberships.Add(session, groupId, await scope.VisibleBusinessIdsAsync(user, section.OrgId, cancellationToken));
        }

        return Created(groupId);
    }

    private static Ok<GroupCreatedResponse> Created(int groupId) => TypedResults.Ok(GroupCreatedResponse.Success(groupId));

    private static SectionInOrganization? FindSection(WriteSession session, int sectionId)
    {
        var select = session.Command(SelectSection, "$section");
        select.Parameters[0].Value = sectionId;
        using var reader = select.ExecuteReader();
        return reader.Read()
            ? new SectionInOrganization(sectionId, reader.GetBoolean(0), reader.GetInt32(1), reader.GetString(2))
            : null;
    }

    /// <summary>The new group's id, or null when the section has a group of that name already.</summary>
    private static int? Insert(WriteSession session, int sectionId, string name)
    {
        var insert = session.Command(InsertGroup, "$section", "$name", "$key");
        insert.Parameters[0].Value = sectionId;
        insert.Parameters[1].Value = name.Trim();
        insert.Parameters[2].Value = NameKey.For(name);
        return insert.ExecuteScalar() is long id ? (int)id : null;
    }
}

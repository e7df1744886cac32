using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Http;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Sections;

namespace PartooGroups.Api.Groups;

/// <summary>
/// createGroup's write, run by <see cref="GroupCommitWriter"/> on its connection inside the batch's transaction, with
/// prepared statements. Every refusal comes before the first change, as the writer asks: the section and its
/// organization, the caller's rights, the name (the unique index on (SectionId, NameKey) still guards it), the
/// businesses; then the group and its businesses are inserted. Callers who see only some businesses of the
/// organization (GROUP_MANAGER) go through <see cref="CallerScope"/>, which holds that rule.
/// </summary>
internal static class GroupCreation
{
    private const string SelectSection =
        "SELECT s.HasPuller, o.Id, o.ProviderId FROM Sections s JOIN Organizations o ON o.Id = s.OrgId WHERE s.Id = $section";

    private const string SelectNameTaken = "SELECT EXISTS (SELECT 1 FROM Groups WHERE SectionId = $section AND NameKey = $key)";

    private const string InsertGroup =
        "INSERT INTO Groups (SectionId, Name, NameKey, HasPuller) VALUES ($section, $name, $key, 0) "
        + "ON CONFLICT (SectionId, NameKey) DO NOTHING RETURNING Id";

    public static async Task<Results<JsonBytesOk<GroupCreatedResponse>, PartooError>> CreateAsync(
        WriteSession session,
        int sectionId,
        CreateGroupRequest body,
        CurrentUser user,
        JsonSerializerOptions json,
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

        var name = body.Name!.Trim();
        var nameKey = NameKey.For(name);
        if (NameTaken(session, sectionId, nameKey))
        {
            return PartooError.Validation("name", NameRules.AlreadyExists);
        }

        var scope = new CallerScope(session.Db);
        IReadOnlyCollection<int>? members; // business keys; null: every business of the organization
        if (body.BusinessIn is { } requested)
        {
            // Validated: no id is null. An id listed twice is looked up twice and its membership inserted once.
            var ids = requested.ConvertAll(id => id!);
            var keys = GroupMemberships.KeysInOrganization(session, section.OrgId, ids);
            if ((keys is null || !user.HasWholeOrganizationScope)
                && await scope.NotVisibleAsync(user, section.OrgId, ids.Distinct(StringComparer.Ordinal).ToList(), cancellationToken)
                    is { Count: > 0 } unknown)
            {
                return PartooError.Validation("business__in", GroupsEndpoints.BusinessListMessage(unknown));
            }

            // Every business the caller sees belongs to the organization, so the lookup found them all.
            members = keys!;
        }
        else
        {
            members = user.HasWholeOrganizationScope
                ? null
                : GroupMemberships.KeysInOrganization(
                    session, section.OrgId, await scope.VisibleBusinessIdsAsync(user, section.OrgId, cancellationToken))!;
        }

        if (Insert(session, sectionId, name, nameKey) is not { } groupId)
        {
            return PartooError.Validation("name", NameRules.AlreadyExists);
        }

        if (members is null)
        {
            GroupMemberships.AddWholeOrganization(session, groupId, section.OrgId);
        }
        else
        {
            GroupMemberships.Add(session, groupId, members);
        }

        return JsonBytesOk.Serialize(GroupCreatedResponse.Success(groupId), json);
    }

    private static SectionInOrganization? FindSection(WriteSession session, int sectionId)
    {
        using var row = session.Statement(SelectSection, "$section").Bind(0, sectionId).Query();
        return row.Read() ? new SectionInOrganization(sectionId, row.GetBoolean(0), row.GetInt32(1), row.GetString(2)) : null;
    }

    private static bool NameTaken(WriteSession session, int sectionId, string nameKey)
    {
        using var row = session.Statement(SelectNameTaken, "$section", "$key").Bind(0, sectionId).Bind(1, nameKey).Query();
        return row.Read() && row.GetBoolean(0);
    }

    /// <summary>The new group's id, or null when the section has a group of that name already.</summary>
    private static int? Insert(WriteSession session, int sectionId, string name, string nameKey)
    {
        using var row = session.Statement(InsertGroup, "$section", "$name", "$key").Bind(0, sectionId).Bind(1, name).Bind(2, nameKey).Query();
        return row.Read() ? row.GetInt32(0) : null;
    }
}

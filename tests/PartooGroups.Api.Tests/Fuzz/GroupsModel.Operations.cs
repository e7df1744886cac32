using System.Text.Json.Nodes;

namespace PartooGroups.Api.Tests.Fuzz;

/// <summary>The operations of the model. Order of checks: the body, then existence (404), then role and scope (403), then the data rules (400).</summary>
internal sealed partial class GroupsModel
{
    private static readonly Dictionary<string, FieldKind> SectionCreateFields = new() { ["name"] = FieldKind.Text, ["org_id"] = FieldKind.Integer };
    private static readonly Dictionary<string, FieldKind> SectionUpdateFields = new() { ["name"] = FieldKind.Text };
    private static readonly Dictionary<string, FieldKind> GroupFields = new() { ["name"] = FieldKind.Text, ["business__in"] = FieldKind.TextList };

    private Expected CreateSection(ModelUser user, FuzzRequest request)
    {
        var (body, bad) = ModelBody.Read(request.Body, SectionCreateFields);
        if (body is null)
        {
            return bad!;
        }

        var name = body.Text("name");
        var orgId = body.Integer("org_id");
        var errors = new Dictionary<string, string>();
        if (ModelNames.Problem(name) is { } problem)
        {
            errors["name"] = problem;
        }

        if (orgId <= 0)
        {
            errors["org_id"] = "Must be greater than or equal to 1.";
        }

        if (errors.Count > 0)
        {
            return ModelAnswers.FieldErrors(errors);
        }

        if (!user.IsWriter)
        {
            return ModelAnswers.Forbidden();
        }

        if ((orgId ?? user.OrgId) is not { } target)
        {
            return ModelAnswers.FieldError("org_id", ModelNames.Missing);
        }

        if (!FuzzWorld.Organizations.ContainsKey(target))
        {
            return ModelAnswers.NotFound();
        }

        if (!InScope(user, target))
        {
            return ModelAnswers.Forbidden();
        }

        if (IsTaken(_sections.Values.Where(s => s.OrgId == target), s => s.Name, name!))
        {
            return ModelAnswers.FieldError("name", ModelNames.Taken);
        }

        var section = new ModelSection(_nextSectionId++, target, ModelNames.Stored(name!), hasPuller: false);
        _sections[section.Id] = section;
        return ModelAnswers.Success(section.Id);
    }

    private Expected UpdateSection(ModelUser user, FuzzRequest request)
    {
        var (body, bad) = ModelBody.Read(request.Body, SectionUpdateFields);
        if (body is null)
        {
            return bad!;
        }

        var name = body.Text("name");
        if (ModelNames.Problem(name) is { } problem)
        {
            return ModelAnswers.FieldError("name", problem);
        }

        if (!_sections.TryGetValue(request.SectionId, out var section))
        {
            return ModelAnswers.NotFound();
        }

        if (!InScope(user, section.OrgId) || !MayRenameSection(user, section))
        {
            return ModelAnswers.Forbidden();
        }

        if (IsTaken(_sections.Values.Where(s => s.OrgId == section.OrgId && s.Id != section.Id), s => s.Name, name!))
        {
            return ModelAnswers.FieldError("name", ModelNames.Taken);
        }

        section.Name = ModelNames.Stored(name!);
        return ModelAnswers.Success(section.Id);
    }

    private Expected DeleteSection(ModelUser user, int sectionId)
    {
        if (!_sections.TryGetValue(sectionId, out var section))
        {
            return ModelAnswers.NotFound();
        }

        if (!InScope(user, section.OrgId) || !MayDeleteSection(user, section))
        {
            return ModelAnswers.Forbidden();
        }

        var groupIds = GroupsOf(sectionId).Select(g => g.Id).ToList();
        VoidAccesses(groupIds);
        groupIds.ForEach(id => _groups.Remove(id));
        _sections.Remove(sectionId);
        return ModelAnswers.Success();
    }

    private Expected GetSection(ModelUser user, int sectionId)
    {
        if (!_sections.TryGetValue(sectionId, out var section))
        {
            return ModelAnswers.NotFound();
        }

        return InScope(user, section.OrgId) ? ModelAnswers.Ok(SectionJson(user, section)) : ModelAnswers.Forbidden();
    }

    private Expected ListSections(ModelUser user, ModelQuery query)
    {
        var page = query.Page();
        var orgId = query.Integer("org_id");
        if (query.Errors.Count > 0)
        {
            return ModelAnswers.FieldErrors(query.Errors);
        }

        if (ListedOrganizations(user, orgId) is not { } orgIds)
        {
            return FuzzWorld.Organizations.ContainsKey(orgId!.Value) ? ModelAnswers.Forbidden() : ModelAnswers.NotFound();
        }

        var listed = _sections.Values.Where(s => orgIds.Contains(s.OrgId)).ToList();
        return ModelAnswers.Ok(new JsonObject
        {
            ["page"] = page,
            ["max_page"] = Math.Max(1, (listed.Count + PageSize - 1) / PageSize),
            ["count"] = listed.Count,
            ["sections"] = new JsonArray([.. listed.Skip((page - 1) * PageSize).Take(PageSize).Select(s => (JsonNode)SectionJson(user, s))]),
        });
    }

    private Expected CreateGroup(ModelUser user, FuzzRequest request)
    {
        var (body, bad) = ModelBody.Read(request.Body, GroupFields);
        if (body is null)
        {
            return bad!;
        }

        var name = body.Text("name");
        var requested = body.TextList("business__in");
        if (GroupBodyErrors(name, requested, nameRequired: true) is { Count: > 0 } errors)
        {
            return ModelAnswers.FieldErrors(errors);
        }

        if (!_sections.TryGetValue(request.SectionId, out var section))
        {
            return ModelAnswers.NotFound();
        }

        if (!InScope(user, section.OrgId) || !user.IsWriter || section.HasPuller)
        {
            return ModelAnswers.Forbidden();
        }

        if (IsTaken(GroupsOf(section.Id), g => g.Name, name!))
        {
            return ModelAnswers.FieldError("name", ModelNames.Taken);
        }

        var visible = Visible(user, section.OrgId);
        var members = requested is null ? [.. visible] : requested.Distinct(StringComparer.Ordinal).Select(id => id!).ToList();
        if (members.Where(id => !visible.Contains(id)).ToList() is { Count: > 0 } refused)
        {
            return ModelAnswers.FieldError("business__in", BusinessListMessage(refused));
        }

        var group = new ModelGroup(_nextGroupId++, section.Id, ModelNames.Stored(name!), hasPuller: false, members);
        _groups[group.Id] = group;
        return ModelAnswers.Success(group.Id);
    }

    private Expected UpdateGroup(ModelUser user, FuzzRequest request)
    {
        var (body, bad) = ModelBody.Read(request.Body, GroupFields);
        if (body is null)
        {
            return bad!;
        }

        var name = body.Text("name");
        var requested = body.TextList("business__in");
        if (name is null && requested is null)
        {
            return ModelAnswers.JsonMessage("Nothing to update: give name, business__in or both");
        }

        if (GroupBodyErrors(name, requested, nameRequired: false) is { Count: > 0 } invalid)
        {
            return ModelAnswers.FieldErrors(invalid);
        }

        if (!_sections.TryGetValue(request.SectionId, out var section)
            || !_groups.TryGetValue(request.GroupId, out var group) || group.SectionId != section.Id)
        {
            return ModelAnswers.NotFound();
        }

        if (!InScope(user, section.OrgId) || !MayEditGroup(user, section, group))
        {
            return ModelAnswers.Forbidden();
        }

        var errors = new Dictionary<string, string>();
        if (name is not null && IsTaken(GroupsOf(section.Id).Where(g => g.Id != group.Id), g => g.Name, name))
        {
            errors["name"] = ModelNames.Taken;
        }

        var visible = Visible(user, section.OrgId);
        var members = requested?.Distinct(StringComparer.Ordinal).Select(id => id!).ToList();
        if (members?.Where(id => !visible.Contains(id)).ToList() is { Count: > 0 } refused)
        {
            errors["business__in"] = BusinessListMessage(refused);
        }

        if (errors.Count > 0)
        {
            return ModelAnswers.FieldErrors(errors);
        }

        if (name is not null)
        {
            group.Name = ModelNames.Stored(name);
        }

        if (members is not null)
        {
            group.Members = new SortedSet<string>(members, StringComparer.Ordinal);
        }

        return ModelAnswers.Success(group.Id);
    }

    private Expected DeleteGroup(ModelUser user, int sectionId, int groupId)
    {
        if (!_sections.TryGetValue(sectionId, out var section)
            || !_groups.TryGetValue(groupId, out var group) || group.SectionId != sectionId)
        {
            return ModelAnswers.NotFound();
        }

        if (!InScope(user, section.OrgId) || !MayEditGroup(user, section, group))
        {
            return ModelAnswers.Forbidden();
        }

        VoidAccesses([groupId]);
        _groups.Remove(groupId);
        return ModelAnswers.Success();
    }

    private Expected GetGroup(ModelUser user, int sectionId, int groupId)
    {
        if (!_sections.TryGetValue(sectionId, out var section)
            || !_groups.TryGetValue(groupId, out var group) || group.SectionId != sectionId)
        {
            return ModelAnswers.NotFound();
        }

        return InScope(user, section.OrgId)
            ? ModelAnswers.Ok(new JsonObject
            {
                ["id"] = group.Id,
                ["name"] = group.Name,
                ["has_puller"] = group.HasPuller,
                ["business_ids"] = new JsonArray([.. group.Members.Select(id => (JsonNode)id)]),
            })
            : ModelAnswers.Forbidden();
    }

    /// <summary>searchBusinesses with the <c>groups</c> filter, read as one access (OR inside a section, AND across sections).</summary>
    private Expected SearchBusinesses(ModelUser user, ModelQuery query)
    {
        var page = query.Page();
        var orgId = query.Integer("org_id");
        var groupIds = query.Integers("groups");
        if (query.Errors.Count > 0)
        {
            return ModelAnswers.FieldErrors(query.Errors);
        }

        if (ListedOrganizations(user, orgId) is not { } orgIds)
        {
            return FuzzWorld.Organizations.ContainsKey(orgId!.Value) ? ModelAnswers.Forbidden() : ModelAnswers.NotFound();
        }

        var filter = groupIds.Distinct().ToList();
        var unknown = filter.Where(id => !_groups.TryGetValue(id, out var g) || !orgIds.Contains(_sections[g.SectionId].OrgId)).Order().ToList();
        if (unknown.Count > 0)
        {
            return ModelAnswers.FieldError("groups", "Unknown group ids: " + ModelNames.IdList(unknown));
        }

        var matches = orgIds.SelectMany(o => FuzzWorld.Businesses[o])
            .Where(b => user.SeesWholeOrganization || Visible(user, user.OrgId!.Value).Contains(b))
            .Where(b => filter.Count == 0
                || filter.GroupBy(id => _groups[id].SectionId).All(section => section.Any(id => _groups[id].Members.Contains(b))))
            .Order(StringComparer.Ordinal)
            .ToList();
        return ModelAnswers.Ok(
            new JsonObject
            {
                ["count"] = matches.Count,
                ["businesses"] = new JsonArray([.. matches.Skip((page - 1) * PageSize).Take(PageSize).Select(b => (JsonNode)new JsonObject
                {
                    ["id"] = b,
                    ["groups"] = new JsonArray([.. _groups.Values.Where(g => g.Members.Contains(b)).Select(g => (JsonNode)g.Id)]),
                })]),
            },
            ResponseView.BusinessPage);
    }

    /// <summary>The organizations a list covers, or null when <paramref name="orgId"/> is unknown or outside the caller's scope.</summary>
    private static List<int>? ListedOrganizations(ModelUser user, int? orgId)
    {
        if (orgId is { } id)
        {
            return FuzzWorld.Organizations.ContainsKey(id) && InScope(user, id) ? [id] : null;
        }

        return [.. FuzzWorld.Organizations.Keys.Where(o => InScope(user, o))];
    }

    private static Dictionary<string, string> GroupBodyErrors(string? name, IReadOnlyList<string?>? requested, bool nameRequired)
    {
        var errors = new Dictionary<string, string>();
        if ((nameRequired || name is not null) && ModelNames.Problem(name) is { } problem)
        {
            errors["name"] = problem;
        }

        if (requested is not null && requested.Any(id => id is null))
        {
            errors["business__in"] = "Not a valid string.";
        }

        return errors;
    }
}

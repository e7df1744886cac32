using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Fuzz;

/// <summary>
/// FsCheck generators of the next request, drawn from the model's current state so that most requests hit real
/// sections, groups and businesses: valid and invalid names (duplicates in other letter cases and Unicode forms,
/// forbidden and control characters, blank, too long), business lists in and out of the caller's scope, ids of the
/// other organizations and unknown ids, wrong JSON types and malformed bodies.
/// </summary>
internal static class RequestGenerator
{
    private const string UnknownBusiness = "ffffffffffffffffffffffff";

    private static readonly string[] ManyUnknownBusinesses = [.. Enumerable.Range(1, 13).Select(n => FuzzWorld.BusinessId(0xff, n))];

    private static readonly string[] BaseNames = ["France", "école", "Zürich", "Straße", "STRAẞE", "Ωmega", "İstanbul", "Nord", "Café", "Île-de-France", "naïve"];

    private static readonly string[] InvalidNames =
    [
        "", "   ", "\t", "\u00a0", "a,b", "a;b", "a/b", "tab\there", "nul\0x", "line\nbreak", "bell\u0007", "nel\u0085x", "del\u007fx",
        new('y', 256), " " + new string('z', 255),
    ];

    private static readonly string[] MalformedBodies = ["", "{", "null", "[]", "42", "\"text\"", "{\"name\":", "[{}]", "{\"name\" \"x\"}"];

    private static readonly Gen<Func<string, string>> Variants = Gen.Elements<Func<string, string>>(
        s => s,
        s => s.ToUpperInvariant(),
        s => s.ToLowerInvariant(),
        s => s.Normalize(NormalizationForm.FormD),
        s => "  " + s + " ",
        s => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant());

    private static readonly Gen<string?> ApiKeys = Gen.Frequency(
        (40, Gen.Elements(FuzzWorld.Users.Select(u => (string?)u.ApiKey))),
        (1, Gen.Constant<string?>(null)),
        (1, Gen.Constant<string?>("fz-unknown-key")));

    private static readonly Gen<string> ContentTypes = Gen.Frequency(
        (40, Gen.Constant("application/json")),
        (2, Gen.Elements("application/json; charset=utf-8", "Application/JSON")),
        (1, Gen.Elements("text/plain", "application/x-www-form-urlencoded", "application/xml")));

    private static readonly Gen<(string, string)?> OrgIdParameters = Gen.Frequency(
        (10, Gen.Constant<(string, string)?>(null)),
        (6, Gen.Elements<(string, string)?>(("org_id", "1"), ("org_id", "2"), ("org_id", "3"))),
        (1, Gen.Elements<(string, string)?>(("org_id", "99"), ("org_id", "abc"), ("org_id", "-1"))));

    private static readonly Gen<(string, string)?> PageParameters = Gen.Frequency(
        (12, Gen.Constant<(string, string)?>(null)),
        (2, Gen.Elements<(string, string)?>(("page", "1"), ("page", "2"), ("page", "0"))),
        (1, Gen.Elements<(string, string)?>(("page", "-1"), ("page", "x"), ("page", "1000"))));

    /// <summary>The next request, for the model as it is now.</summary>
    public static Gen<FuzzRequest> Next(GroupsModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var manySections = model.Sections.Count > 20;
        var manyGroups = model.Groups.Count > 50;
        var requests = ApiKeys.SelectMany(key => Gen.Frequency(
            (8, CreateSection(model, key)),
            (5, UpdateSection(model, key)),
            (manySections ? 8 : 2, SectionIds(model, key).Select(id => new FuzzRequest(FuzzOperation.DeleteGroupSection, key, id))),
            (5, SectionIds(model, key).Select(id => new FuzzRequest(FuzzOperation.GetGroupSectionById, key, id))),
            (3, from org in OrgIdParameters
                from page in PageParameters
                select new FuzzRequest(FuzzOperation.GetGroupSections, key, Query: Parameters(org, page))),
            (20, CreateGroup(model, key)),
            (14, UpdateGroup(model, key)),
            (manyGroups ? 16 : 5, GroupPaths(model, key).Select(p => new FuzzRequest(FuzzOperation.DeleteGroup, key, p.SectionId, p.GroupId))),
            (8, GroupPaths(model, key).Select(p => new FuzzRequest(FuzzOperation.GetGroup, key, p.SectionId, p.GroupId))),
            (5, SearchBusinesses(model, key))));
        return from request in requests
               from contentType in ContentTypes
               select request.Body is null ? request : request with { ContentType = contentType };
    }

    private static Gen<FuzzRequest> CreateSection(GroupsModel model, string? key)
    {
        var orgIds = Gen.Frequency(
            (4, Gen.Constant<string?>(null)),
            (4, Gen.Elements<string?>("1", "2", "3")),
            (2, Gen.Elements<string?>("\"1\"", "\"2\"", "\"3\"")),
            (1, Gen.Elements<string?>("99", "0", "-2", "null")),
            (1, Gen.Elements<string?>("\"01\"", "\"+1\"", "\"-1\"", "\"0\"")));
        var existing = model.Sections.Select(s => s.Name).ToArray();
        var valid = from name in NameField(existing, required: true)
                    from org in orgIds
                    select Json(name, Field("org_id", org));
        var wrongOrgId = from name in ValidName(existing)
                         from org in Gen.Elements("\"abc\"", "1.5", "true", "[1]", "{}")
                         select Json(Field("name", Quote(name)), Field("org_id", org));
        return Body(valid, existing, wrongOrgId).Select(body => new FuzzRequest(FuzzOperation.CreateGroupSection, key, Body: body));
    }

    private static Gen<FuzzRequest> UpdateSection(GroupsModel model, string? key) =>
        from id in SectionIds(model, key)
        let existing = model.Sections.Select(s => s.Name).ToArray()
        from body in Body(NameField(existing, required: true).Select(name => Json(name)), existing, null)
        select new FuzzRequest(FuzzOperation.UpdateGroupSection, key, id, Body: body);

    private static Gen<FuzzRequest> CreateGroup(GroupsModel model, string? key) =>
        from sectionId in SectionIds(model, key)
        let existing = model.GroupsOf(sectionId).Select(g => g.Name).ToArray()
        let valid = from name in NameField(existing, required: true)
                    from businesses in BusinessField(model, key, sectionId, omittedWeight: 4)
                    select Json(name, businesses)
        from body in Body(valid, existing, WrongBusinessType(existing))
        select new FuzzRequest(FuzzOperation.CreateGroup, key, sectionId, Body: body);

    private static Gen<FuzzRequest> UpdateGroup(GroupsModel model, string? key) =>
        from path in GroupPaths(model, key)
        let existing = model.GroupsOf(path.SectionId).Select(g => g.Name).ToArray()
        let valid = from name in NameField(existing, required: false)
                    from businesses in BusinessField(model, key, path.SectionId, omittedWeight: 5)
                    select Json(name, businesses)
        from body in Body(valid, existing, WrongBusinessType(existing))
        select new FuzzRequest(FuzzOperation.UpdateGroup, key, path.SectionId, path.GroupId, Body: body);

    /// <summary>searchBusinesses with a <c>groups</c> filter in one of its three spellings (<c>a,b</c>, repeated, <c>groups[]</c>).</summary>
    private static Gen<FuzzRequest> SearchBusinesses(GroupsModel model, string? key)
    {
        var groupIds = Gen.Frequency(
            (10, model.Groups.Count == 0 ? Gen.Constant("9999") : Gen.Elements(model.Groups.Select(g => g.Id.ToString(CultureInfo.InvariantCulture)))),
            (1, Gen.Elements("9999", "abc", " 1")));
        var spellings = Gen.Elements<Func<string[], IEnumerable<(string, string)?>>>(
            ids => [("groups", string.Join(',', ids))],
            ids => ids.Select(id => ((string, string)?)("groups", id)),
            ids => ids.Select(id => ((string, string)?)("groups[]", id)));
        return from org in OrgIdParameters
               from page in PageParameters
               from count in Gen.Choose(0, 3)
               from groups in Gen.ArrayOf(groupIds, count)
               from spelling in spellings
               let filter = count == 0 ? [] : spelling(groups)
               select new FuzzRequest(FuzzOperation.SearchBusinesses, key, Query: Parameters([org, page, .. filter]));
    }

    private static (string, string)[] Parameters(params (string, string)?[] parameters) => [.. parameters.OfType<(string, string)>()];

    /// <summary>A body: mostly <paramref name="valid"/> (valid JSON types, any values), sometimes one JSON fault.</summary>
    private static Gen<string> Body(Gen<string> valid, string[] existing, Gen<string>? wrongType)
    {
        var faults = new List<(int, Gen<string>)>
        {
            (40, valid),
            (1, Gen.Elements(MalformedBodies)),
            (1, from name in ValidName(existing)
                from extra in Gen.Elements(("Name", "\"x\""), ("id", "1"), ("has_puller", "false"), ("business_in", "[]"))
                select Json(Field("name", Quote(name)), extra)),
            (1, Gen.Elements("42", "true", "[\"a\"]", "{}", "1.5").Select(wrong => Json(Field("name", wrong)))),
        };
        if (wrongType is not null)
        {
            faults.Add((2, wrongType));
        }

        return Gen.Frequency(faults);
    }

    private static Gen<string> WrongBusinessType(string[] existing) =>
        from name in ValidName(existing)
        from wrong in Gen.Elements("\"abc\"", "42", "{}", "true", $"[\"{FuzzWorld.BusinessId(1, 1)}\",1]", "[[]]", "[{}]", "[true]")
        select Json(Field("name", Quote(name)), Field("business__in", wrong));

    /// <summary>The name field as sent: mostly a string, sometimes omitted or null.</summary>
    private static Gen<(string, string)?> NameField(string[] existing, bool required)
    {
        var text = Gen.Frequency((12, ValidName(existing)), (1, Gen.Elements(InvalidNames))).Select(name => Field("name", Quote(name)));
        return Gen.Frequency(
            (required ? 14 : 5, text),
            (required ? 1 : 4, Gen.Constant<(string, string)?>(null)),
            (1, Gen.Constant(Field("name", "null"))));
    }

    /// <summary>A name that breaks no rule, often one of <paramref name="existing"/> in another letter case or Unicode form.</summary>
    private static Gen<string> ValidName(string[] existing)
    {
        var fresh = from name in Gen.Elements(BaseNames)
                    from n in Gen.Choose(0, 400)
                    select $"{name} {n.ToString(CultureInfo.InvariantCulture)}";
        var choices = new List<(int, Gen<string>)>
        {
            (12, fresh),
            (3, from name in Gen.Elements(BaseNames) from variant in Variants select variant(name)),
            (1, Gen.Elements(new string('x', 255), "\u200bzero width", "a-b_c (d)")),
        };
        if (existing.Length > 0)
        {
            choices.Add((3, from name in Gen.Elements(existing) from variant in Variants select variant(name)));
        }

        return Gen.Frequency(choices);
    }

    /// <summary><c>business__in</c> as sent: omitted, null, empty, or a list drawn from the section's organization, the caller's scope and beyond.</summary>
    private static Gen<(string, string)?> BusinessField(GroupsModel model, string? key, int sectionId, int omittedWeight)
    {
        var orgId = model.Sections.FirstOrDefault(s => s.Id == sectionId)?.OrgId ?? 1;
        var ofOrganization = FuzzWorld.Businesses[orgId];
        var user = model.User(key);
        var visible = user is not null && GroupsModel.InScope(user, orgId) ? model.Visible(user, orgId).ToArray() : [];
        var otherOrganization = FuzzWorld.Businesses[orgId == 3 ? 1 : 3];
        var lists = new List<(int, Gen<string?[]>)>
        {
            (6, Gen.SubListOf(ofOrganization).Select(ids => ids.ToArray<string?>())),
            (1, from ids in Gen.SubListOf(ofOrganization) from other in Gen.Elements(otherOrganization) select ids.Append(other).ToArray<string?>()),
            (1, from ids in Gen.SubListOf(ofOrganization) from odd in Gen.Elements(UnknownBusiness, "not-a-business", "", ofOrganization[0] + " ")
                select ids.Prepend(odd).ToArray<string?>()),
            (1, Gen.SubListOf(ofOrganization).Select(ids => ids.Concat(ids).ToArray<string?>())),
            (1, Gen.SubListOf(ofOrganization).Select(ids => ids.Append(null).ToArray())),
            (1, Gen.Choose(11, 13).Select(count => ManyUnknownBusinesses.Take(count).ToArray<string?>())),
        };
        if (visible.Length > 0 && visible.Length < ofOrganization.Length)
        {
            lists.Add((4, Gen.SubListOf(visible).Select(ids => ids.ToArray<string?>())));
        }

        return Gen.Frequency(
            (omittedWeight, Gen.Constant<(string, string)?>(null)),
            (1, Gen.Constant(Field("business__in", "null"))),
            (10, Gen.Frequency(lists).Select(ids => Field("business__in", "[" + string.Join(',', ids.Select(id => id is null ? "null" : Quote(id))) + "]"))));
    }

    /// <summary>Mostly a section of an organization the caller sees, sometimes any section, sometimes an unknown id.</summary>
    private static Gen<int> SectionIds(GroupsModel model, string? key)
    {
        var unknown = Gen.Elements(model.NextSectionId, 9999, 0, -1);
        if (model.Sections.Count == 0)
        {
            return unknown;
        }

        var user = model.User(key);
        var inScope = user is null ? [] : model.Sections.Where(s => GroupsModel.InScope(user, s.OrgId)).Select(s => s.Id).ToArray();
        var choices = new List<(int, Gen<int>)> { (5, Gen.Elements(model.Sections.Select(s => s.Id))), (1, unknown) };
        if (inScope.Length > 0)
        {
            choices.Add((12, Gen.Elements(inScope)));
        }

        return Gen.Frequency(choices);
    }

    /// <summary>A section id and a group id: mostly a group and its own section, sometimes a mismatch, sometimes unknown ids.</summary>
    private static Gen<(int SectionId, int GroupId)> GroupPaths(GroupsModel model, string? key)
    {
        var unknownGroup = Gen.Elements(model.NextGroupId, 9999);
        var mismatched = from sectionId in SectionIds(model, key) from groupId in unknownGroup select (sectionId, groupId);
        if (model.Groups.Count == 0)
        {
            return mismatched;
        }

        var user = model.User(key);
        var sectionOrg = model.Sections.ToDictionary(s => s.Id, s => s.OrgId);
        var inScope = user is null ? [] : model.Groups.Where(g => GroupsModel.InScope(user, sectionOrg[g.SectionId])).ToArray();
        var own = Gen.Elements(model.Groups.ToArray()).Select(g => (g.SectionId, g.Id));
        var choices = new List<(int, Gen<(int, int)>)>
        {
            (4, own),
            (1, from sectionId in SectionIds(model, key) from g in Gen.Elements(model.Groups.ToArray()) select (sectionId, g.Id)),
            (1, mismatched),
        };
        if (inScope.Length > 0)
        {
            choices.Add((10, Gen.Elements(inScope).Select(g => (g.SectionId, g.Id))));
        }

        return Gen.Frequency(choices);
    }

    private static (string, string)? Field(string name, string? json) => json is null ? null : (name, json);

    private static string Json(params (string Name, string Value)?[] fields) =>
        "{" + string.Join(',', fields.OfType<(string Name, string Value)>().Select(f => $"{Quote(f.Name)}:{f.Value}")) + "}";

    private static string Quote(string text) => JsonText.Quote(text);
}

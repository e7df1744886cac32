using System.Text.Json.Nodes;

namespace PartooGroups.Api.Tests.Fuzz;

internal sealed class ModelSection(int id, int orgId, string name, bool hasPuller)
{
    public int Id { get; } = id;

    public int OrgId { get; } = orgId;

    public string Name { get; set; } = name;

    public bool HasPuller { get; } = hasPuller;
}

internal sealed class ModelGroup(int id, int sectionId, string name, bool hasPuller, IEnumerable<string> members)
{
    public int Id { get; } = id;

    public int SectionId { get; } = sectionId;

    public string Name { get; set; } = name;

    public bool HasPuller { get; } = hasPuller;

    public SortedSet<string> Members { get; set; } = new(members, StringComparer.Ordinal);
}

internal sealed class ModelUser(WorldUser user)
{
    public string ApiKey { get; } = user.ApiKey;

    public string Role { get; } = user.Role;

    public string? Provider { get; } = user.Provider;

    public int? OrgId { get; } = user.OrgId;

    /// <summary>GROUP_MANAGER accesses; an access naming a deleted group is voided (emptied), never narrowed to the rest.</summary>
    public List<List<int>> Accesses { get; } = [.. user.Accesses.Select(a => a.ToList())];

    public IReadOnlySet<string> Businesses { get; } = user.BusinessIds.ToHashSet(StringComparer.Ordinal);

    public bool IsWriter => Role is "PROVIDER" or "ORG_ADMIN" or "ORG_MANAGER" or "GROUP_MANAGER";

    public bool SeesWholeOrganization => Role is "PROVIDER" or "ORG_ADMIN" or "ORG_MANAGER";
}

/// <summary>
/// A small in-memory model of the contract's rules for sections, groups and their businesses (sections 2 and 3): it
/// answers every request as the sandbox should, and changes its state only when the answer is a success.
/// </summary>
internal sealed partial class GroupsModel
{
    private const int PageSize = 30;

    private readonly SortedDictionary<int, ModelSection> _sections = [];
    private readonly SortedDictionary<int, ModelGroup> _groups = [];
    private readonly Dictionary<string, ModelUser> _users = new(StringComparer.Ordinal);
    private int _nextSectionId;
    private int _nextGroupId;

    public GroupsModel()
    {
        foreach (var section in FuzzWorld.Sections)
        {
            _sections[section.Id] = new ModelSection(section.Id, section.OrgId, section.Name, section.HasPuller);
            foreach (var group in section.Groups)
            {
                _groups[group.Id] = new ModelGroup(group.Id, section.Id, group.Name, group.HasPuller, group.BusinessIds);
            }
        }

        foreach (var user in FuzzWorld.Users)
        {
            _users[user.ApiKey] = new ModelUser(user);
        }

        _nextSectionId = _sections.Keys.Max() + 1;
        _nextGroupId = _groups.Keys.Max() + 1;
    }

    public IReadOnlyCollection<ModelSection> Sections => _sections.Values;

    public IReadOnlyCollection<ModelGroup> Groups => _groups.Values;

    public int NextSectionId => _nextSectionId;

    public int NextGroupId => _nextGroupId;

    public ModelUser? User(string? apiKey) => apiKey is not null && _users.TryGetValue(apiKey, out var user) ? user : null;

    public IEnumerable<ModelGroup> GroupsOf(int sectionId) => _groups.Values.Where(g => g.SectionId == sectionId);

    public Expected Apply(FuzzRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (User(request.ApiKey) is not { } user)
        {
            return ModelAnswers.Unauthenticated();
        }

        if (request.Body is not null && !IsJson(request.ContentType))
        {
            return ModelAnswers.UnsupportedMediaType();
        }

        return request.Operation switch
        {
            FuzzOperation.CreateGroupSection => CreateSection(user, request),
            FuzzOperation.UpdateGroupSection => UpdateSection(user, request),
            FuzzOperation.DeleteGroupSection => DeleteSection(user, request.SectionId),
            FuzzOperation.GetGroupSectionById => GetSection(user, request.SectionId),
            FuzzOperation.GetGroupSections => ListSections(user, new ModelQuery(request.Query)),
            FuzzOperation.CreateGroup => CreateGroup(user, request),
            FuzzOperation.UpdateGroup => UpdateGroup(user, request),
            FuzzOperation.DeleteGroup => DeleteGroup(user, request.SectionId, request.GroupId),
            FuzzOperation.GetGroup => GetGroup(user, request.SectionId, request.GroupId),
            _ => SearchBusinesses(user, new ModelQuery(request.Query)),
        };
    }

    /// <summary>A PROVIDER sees the organizations of its provider, anyone else its own organization.</summary>
    public static bool InScope(ModelUser user, int orgId) =>
        user.Role == "PROVIDER" ? FuzzWorld.Organizations.GetValueOrDefault(orgId) == user.Provider : user.OrgId == orgId;

    /// <summary>The businesses of <paramref name="orgId"/> (in the caller's scope) the caller can see.</summary>
    public IReadOnlySet<string> Visible(ModelUser user, int orgId)
    {
        var ofOrganization = FuzzWorld.Businesses[orgId];
        return user.Role switch
        {
            "BUSINESS_MANAGER" => ofOrganization.Where(user.Businesses.Contains).ToHashSet(StringComparer.Ordinal),
            "GROUP_MANAGER" => ofOrganization.Where(b => InAccesses(user, b)).ToHashSet(StringComparer.Ordinal),
            _ => ofOrganization.ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// The GROUP_MANAGER rule read literally: some non-empty access has, for each section its groups come from, a group
    /// of that section holding the business.
    /// </summary>
    private bool InAccesses(ModelUser user, string businessId) =>
        user.Accesses.Any(access => access.Count > 0
            && access.GroupBy(id => _groups[id].SectionId).All(section => section.Any(id => _groups[id].Members.Contains(businessId))));

    private bool MayEditGroup(ModelUser user, ModelSection section, ModelGroup group) =>
        user.IsWriter && !section.HasPuller && !group.HasPuller
        && (user.Role != "GROUP_MANAGER" || group.Members.IsSubsetOf(Visible(user, section.OrgId)));

    private bool MayRenameSection(ModelUser user, ModelSection section) =>
        user.IsWriter && !section.HasPuller
        && (user.Role != "GROUP_MANAGER" || GroupsOf(section.Id).All(g => MayEditGroup(user, section, g)));

    private bool MayDeleteSection(ModelUser user, ModelSection section) =>
        MayRenameSection(user, section) && GroupsOf(section.Id).All(g => !g.HasPuller);

    private JsonObject SectionJson(ModelUser user, ModelSection section) => new()
    {
        ["id"] = section.Id,
        ["name"] = section.Name,
        ["groups"] = new JsonArray([.. GroupsOf(section.Id).Select(g => (JsonNode)new JsonObject
        {
            ["id"] = g.Id,
            ["name"] = g.Name,
            ["has_puller"] = g.HasPuller,
        })]),
        ["can_edit"] = MayRenameSection(user, section) || GroupsOf(section.Id).Any(g => MayEditGroup(user, section, g)),
        ["has_puller"] = section.HasPuller,
    };

    /// <summary>Gives up every access that names one of <paramref name="deletedGroupIds"/>.</summary>
    private void VoidAccesses(IReadOnlyCollection<int> deletedGroupIds)
    {
        foreach (var access in _users.Values.SelectMany(u => u.Accesses).Where(a => a.Any(deletedGroupIds.Contains)))
        {
            access.Clear();
        }
    }

    private static bool IsJson(string contentType) =>
        contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static string BusinessListMessage(List<string> refused) =>
        "Unknown or inaccessible business ids: " + string.Join(", ", refused.Take(10))
        + (refused.Count > 10 ? $" (and {refused.Count - 10} more)" : "");

    private static bool IsTaken<T>(IEnumerable<T> siblings, Func<T, string> nameOf, string name) =>
        siblings.Any(s => ModelNames.Key(nameOf(s)) == ModelNames.Key(name));
}

using PartooGroups.Api.Groups;

namespace PartooGroups.Api.Businesses;

public sealed class Business
{
    public required string Id { get; init; }

    public int OrgId { get; set; }

    public required string Name { get; set; }

    public string Reach { get; set; } = BusinessReach.Local;

    public List<GroupBusiness> Memberships { get; } = [];
}

public static class BusinessReach
{
    public const string Local = "LOCAL";
    public const string Global = "GLOBAL";
}

namespace PartooGroups.Api.Users;

public static class Roles
{
    public const string Provider = "PROVIDER";
    public const string OrgAdmin = "ORG_ADMIN";
    public const string OrgManager = "ORG_MANAGER";
    public const string GroupManager = "GROUP_MANAGER";
    public const string BusinessManager = "BUSINESS_MANAGER";
    public const string Publisher = "PUBLISHER";

    public static readonly IReadOnlyList<string> All =
        [Provider, OrgAdmin, OrgManager, GroupManager, BusinessManager, Publisher];
}

namespace PartooGroups.Api.Groups;

/// <summary>The one relation between groups and businesses: a group's business_ids and a business's groups.</summary>
public sealed class GroupBusiness
{
    public int GroupId { get; init; }

    /// <summary>The business's <see cref="Businesses.Business.Key"/>, not its public id.</summary>
    public int BusinessKey { get; init; }
}

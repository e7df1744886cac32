using PartooGroups.Api.Businesses;
using PartooGroups.Api.Sections;

namespace PartooGroups.Api.Organizations;

public sealed class Organization
{
    public int Id { get; set; }

    public required string ProviderId { get; set; }

    public required string Name { get; set; }

    public required string Alias { get; set; }

    public int? MaxBusinesses { get; set; }

    public string Type { get; set; } = OrganizationTypes.SmallMediumBusiness;

    public List<Business> Businesses { get; } = [];

    public List<Section> Sections { get; } = [];
}

public static class OrganizationTypes
{
    public const string SmallMediumBusiness = "small_medium_business";
    public const string Enterprise = "enterprise";
}

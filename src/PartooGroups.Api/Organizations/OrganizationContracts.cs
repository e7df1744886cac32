namespace PartooGroups.Api.Organizations;

/// <summary>Body of createOrganization. <c>alias</c> is derived from the name when omitted.</summary>
public sealed record CreateOrganizationRequest(string? Name, string? Alias, int? MaxBusinesses);

public sealed record OrganizationCreatedResponse(string Status, int OrgId, string Alias, int? MaxBusinesses)
{
    public static OrganizationCreatedResponse Success(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return new("success", organization.Id, organization.Alias, organization.MaxBusinesses);
    }
}

/// <summary>Body of updateOrganization: only the fields given change; <c>max_businesses</c> is for PROVIDER users only.</summary>
/// <summary>Body of updateOrganization: only the fields given change; <c>"max_businesses": null</c> lifts the limit.</summary>
public sealed record UpdateOrganizationRequest(string? Name, string? Alias, LimitChange? MaxBusinesses);

/// <summary>Answer of updateOrganization and deleteOrganization.</summary>
public sealed record OrganizationChangedResponse(string Status, int OrgId)
{
    public static OrganizationChangedResponse Success(int orgId) => new("success", orgId);
}

/// <summary>The vendor's Org object. The sandbox has no feature subscriptions and does not track API calls.</summary>
public sealed record OrganizationResponse(
    int OrgId,
    string Name,
    string Alias,
    string Provider,
    string Type,
    IReadOnlyList<string> Features,
    IReadOnlyList<string> OrgFeatures,
    string? LastOrgApiCall,
    int? MaxBusinesses)
{
    public static OrganizationResponse From(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return new(organization.Id, organization.Name, organization.Alias, organization.ProviderId, organization.Type, [], [], null, organization.MaxBusinesses);
    }
}

public sealed record OrganizationPageResponse(int Page, int MaxPage, int Count, IReadOnlyList<OrganizationResponse> Orgs);

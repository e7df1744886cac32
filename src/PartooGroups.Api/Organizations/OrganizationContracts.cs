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

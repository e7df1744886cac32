namespace PartooGroups.Api.Persistence.Seed;

// The seed-file format of the contract (section 4). Every property is optional on the wire so that the validator,
// not the JSON reader, can name the bad entry.

public sealed record SeedDocument(
    List<SeedProvider>? Providers,
    List<SeedOrganization>? Organizations,
    List<SeedBusiness>? Businesses,
    List<SeedSection>? Sections,
    List<SeedUser>? Users);

public sealed record SeedProvider(string? Id);

public sealed record SeedOrganization(int? OrgId, string? Name, string? Alias, string? Provider, int? MaxBusinesses, string? Type);

public sealed record SeedBusiness(
    string? Id,
    int? OrgId,
    string? Name,
    string? Reach,
    string? Code = null,
    string? City = null,
    string? Zipcode = null,
    string? Country = null,
    string? Status = null);

public sealed record SeedSection(int? Id, int? OrgId, string? Name, bool? HasPuller, List<SeedGroup>? Groups);

public sealed record SeedGroup(int? Id, string? Name, bool? HasPuller, List<string>? BusinessIds);

public sealed record SeedUser(
    string? Id,
    string? Email,
    string? Role,
    int? OrgId,
    string? Provider,
    string? ApiKey,
    List<List<int>>? Accesses,
    List<string>? BusinessIds,
    string? FirstName,
    string? LastName,
    string? Lang = null,
    string? Phone = null,
    string? Status = null,
    bool? Disabled = null);

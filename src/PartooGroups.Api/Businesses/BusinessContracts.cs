using System.Text.Json.Serialization;

namespace PartooGroups.Api.Businesses;

/// <summary>Body of createBusiness. <c>org_id</c> (an integer or a numeric string) defaults to the caller's organization.</summary>
public sealed record CreateBusinessRequest(
    string? Name,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] int? OrgId,
    string? Reach,
    string? Code,
    string? City,
    string? Zipcode,
    string? Country,
    List<int>? Groups);

/// <summary>Body of updateBusiness: only the fields given (and not null) change; <c>groups</c> replaces the business's groups.</summary>
public sealed record UpdateBusinessRequest(
    string? Name,
    string? Reach,
    string? Code,
    string? City,
    string? Zipcode,
    string? Country,
    string? Status,
    List<int>? Groups);

public sealed record BusinessChangedResponse(string Status, string Id)
{
    public static BusinessChangedResponse Success(string id) => new("success", id);
}

public sealed record BusinessDeletedResponse(string Status)
{
    public static BusinessDeletedResponse Success() => new("success");
}

/// <summary>The vendor's Business object, limited to the fields the sandbox keeps; <c>groups</c> holds sorted group ids.</summary>
public sealed record BusinessResponse(
    string Id,
    int OrgId,
    string Name,
    string Reach,
    string? Code,
    string? City,
    string? Zipcode,
    string? Country,
    string Status,
    IReadOnlyList<int> Groups)
{
    public static BusinessResponse From(Business business, IEnumerable<int> groups)
    {
        ArgumentNullException.ThrowIfNull(business);
        return new(business.Id, business.OrgId, business.Name, business.Reach, business.Code, business.City, business.Zipcode,
            business.Country, business.Status, [.. groups.Order()]);
    }
}

public sealed record BusinessPageResponse(int Page, int MaxPage, int Count, IReadOnlyList<BusinessResponse> Businesses);

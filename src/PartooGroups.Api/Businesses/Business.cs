using PartooGroups.Api.Groups;

namespace PartooGroups.Api.Businesses;

public sealed class Business
{
    /// <summary>
    /// The row's integer key, given by the database and never shown by the API. Group memberships reference it rather
    /// than the 24-character <see cref="Id"/>: their two indexes hold a few bytes an entry instead of about thirty.
    /// </summary>
    public int Key { get; init; }

    public required string Id { get; init; }

    public int OrgId { get; set; }

    public required string Name { get; set; }

    public string Reach { get; set; } = BusinessReach.Local;

    /// <summary>Store code, unique inside the organization when set.</summary>
    public string? Code { get; set; }

    public string? City { get; set; }

    public string? Zipcode { get; set; }

    public string? Country { get; set; }

    /// <summary><c>open</c>, <c>closed</c>, <c>opening_soon</c> or <c>temporarily_closed</c>.</summary>
    public string Status { get; set; } = "open";

    public DateTimeOffset CreatedAt { get; init; }

    public List<GroupBusiness> Memberships { get; } = [];
}

public static class BusinessReach
{
    public const string Local = "LOCAL";
    public const string Global = "GLOBAL";
}

using System.Security.Claims;
using PartooGroups.Api.Users;

namespace PartooGroups.Api.Auth;

/// <summary>The authenticated caller, as the API-key handler established it.</summary>
public sealed record CurrentUser(string Id, string Role, string ProviderId, int? OrgId)
{
    internal const string ProviderClaim = "partoo:provider";
    internal const string OrgClaim = "partoo:org_id";

    public bool IsProvider => Role == Roles.Provider;

    /// <summary>PROVIDER, ORG_ADMIN and ORG_MANAGER see every business of the organizations in their scope.</summary>
    public bool HasWholeOrganizationScope => Role is Roles.Provider or Roles.OrgAdmin or Roles.OrgManager;

    /// <summary>Roles that may create, rename, re-member and delete sections and groups.</summary>
    public bool MayEditGroups => EditRights.MayWrite(Role);

    public static ValueTask<CurrentUser?> BindAsync(HttpContext httpContext) =>
        ValueTask.FromResult(FromPrincipal(httpContext.User));

    internal static CurrentUser? FromPrincipal(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(ClaimTypes.Role);
        var provider = principal.FindFirstValue(ProviderClaim);
        if (id is null || role is null || provider is null)
        {
            return null;
        }

        var org = principal.FindFirstValue(OrgClaim);
        return new CurrentUser(id, role, provider, org is null ? null : int.Parse(org, System.Globalization.CultureInfo.InvariantCulture));
    }

    internal IEnumerable<Claim> ToClaims()
    {
        yield return new Claim(ClaimTypes.NameIdentifier, Id);
        yield return new Claim(ClaimTypes.Role, Role);
        yield return new Claim(ProviderClaim, ProviderId);
        if (OrgId is { } org)
        {
            yield return new Claim(OrgClaim, org.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

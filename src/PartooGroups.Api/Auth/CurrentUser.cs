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

    public static ValueTask<CurrentUser?> BindAsync(HttpContext httpContext) => ValueTask.FromResult(Of(httpContext));

    /// <summary>The caller the API-key handler authenticated for this request, or null.</summary>
    internal static CurrentUser? Of(HttpContext httpContext) => httpContext.Features.Get<CurrentUser>();

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

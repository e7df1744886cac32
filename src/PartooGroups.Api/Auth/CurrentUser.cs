using PartooGroups.Api.Users;

namespace PartooGroups.Api.Auth;

/// <summary>The authenticated caller, as <see cref="AuthExtensions.UsePartooAuth"/> established it from the API key.</summary>
public sealed record CurrentUser(string Id, string Role, string ProviderId, int? OrgId)
{
    public bool IsProvider => Role == Roles.Provider;

    /// <summary>PROVIDER, ORG_ADMIN and ORG_MANAGER see every business of the organizations in their scope.</summary>
    public bool HasWholeOrganizationScope => Role is Roles.Provider or Roles.OrgAdmin or Roles.OrgManager;

    /// <summary>Roles that may create, rename, re-member and delete sections and groups.</summary>
    public bool MayEditGroups => EditRights.MayWrite(Role);

    public static ValueTask<CurrentUser?> BindAsync(HttpContext httpContext) => ValueTask.FromResult(Of(httpContext));

    /// <summary>The caller authenticated for this request, or null.</summary>
    internal static CurrentUser? Of(HttpContext httpContext) => httpContext.Features.Get<CurrentUser>();
}

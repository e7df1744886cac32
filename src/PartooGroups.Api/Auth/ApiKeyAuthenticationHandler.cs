using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PartooGroups.Api.Errors;

namespace PartooGroups.Api.Auth;

/// <summary>Authenticates a request by its <c>x-APIKey</c> header, looked up in the database.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "x-APIKey";
    public const string HeaderName = "x-APIKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[HeaderName].ToString();
        if (string.IsNullOrWhiteSpace(key))
        {
            return AuthenticateResult.NoResult();
        }

        var user = await keys.FindAsync(key, Context.RequestAborted);
        if (user is null)
        {
            return AuthenticateResult.Fail("Unknown API key");
        }

        Context.Features.Set(user);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(user.ToClaims(), SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        PartooError.Unauthenticated().ExecuteAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        PartooError.Forbidden().ExecuteAsync(Context);
}

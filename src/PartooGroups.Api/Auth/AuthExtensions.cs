using Microsoft.AspNetCore.Authentication;

namespace PartooGroups.Api.Auth;

public static class AuthExtensions
{
    public const string ApiPrefix = "/v2";

    public static IServiceCollection AddPartooAuth(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyStore>();
        services.AddScoped<CallerScope>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        return services;
    }

    /// <summary>
    /// Authentication comes first on every <c>/v2</c> route, known or not: without a valid key the answer is 401
    /// before routing can answer 404 or 405.
    /// </summary>
    public static WebApplication UsePartooAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase)
                && context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync();
                return;
            }

            await next(context);
        });
        return app;
    }
}

using PartooGroups.Api.Errors;

namespace PartooGroups.Api.Auth;

public static partial class AuthExtensions
{
    public const string ApiPrefix = "/v2";
    public const string ApiKeyHeader = "x-APIKey";

    public static IServiceCollection AddPartooAuth(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyStore>();
        services.AddScoped<CallerScope>();
        return services;
    }

    /// <summary>
    /// Every <c>/v2</c> request, to a known route or not, needs a valid <c>x-APIKey</c>: without one the answer is 401
    /// before routing can answer 404 or 405. The caller becomes the request's <see cref="CurrentUser"/> feature, which
    /// is all the endpoints read. A plain middleware and not an ASP.NET Core authentication handler: the handler's
    /// per-request machinery (handler activation, claims principal, ticket) was about a tenth of the request threads'
    /// CPU under createGroup load, for a principal nothing read.
    /// </summary>
    public static WebApplication UsePartooAuth(this WebApplication app)
    {
        var keys = app.Services.GetRequiredService<ApiKeyStore>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuthExtensions).FullName!);
        // Synchronous when the key is cached, so a request pays for no state machine here.
        app.Use((context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return next(context);
            }

            var key = context.Request.Headers[ApiKeyHeader].ToString();
            if (!string.IsNullOrWhiteSpace(key) && keys.FindCached(key) is { } user)
            {
                context.Features.Set(user);
                return next(context);
            }

            return AuthenticateAsync(context, next, key);
        });
        return app;

        async Task AuthenticateAsync(HttpContext context, RequestDelegate next, string key)
        {
            var user = string.IsNullOrWhiteSpace(key) ? null : await keys.FindAsync(key, context.RequestAborted);
            if (user is null)
            {
                LogNotAuthenticated(logger, context.Request.Method, context.Request.Path);
                await PartooError.Unauthenticated().ExecuteAsync(context);
                return;
            }

            context.Features.Set(user);
            await next(context);
        }
    }

    /// <summary>Never logs the key itself: keys are secrets (ApiKeySecrecyTests).</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "x-APIKey was not authenticated (missing or unknown): {Method} {Path} answered 401")]
    private static partial void LogNotAuthenticated(ILogger logger, string method, PathString path);
}

using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using PartooGroups.Api.Errors;

namespace PartooGroups.Api.Http;

/// <summary>
/// The size limits of a request's head, answered with the vendor's JSON body. Kestrel refuses a request line over
/// 8 KiB (414) and headers over 32 KiB or 100 lines (431) itself, before any middleware runs, with no body at all.
/// So Kestrel's own limits are raised far above those sizes, and this middleware answers at Kestrel's default sizes
/// instead. A head over Kestrel's raised limits (1 MiB of request line or headers, 10,000 headers) still gets
/// Kestrel's bodiless answer. The in-process test server, which has no such limits, answers the same as Kestrel.
/// It runs after authentication, as the contract puts a /v2 request's 401 before its other faults (the body's 413 too).
/// </summary>
public static class RequestHeadLimits
{
    /// <summary>Method, target, version and line break of the first line of a request.</summary>
    public const int MaxRequestLineBytes = 8 * 1024;

    /// <summary>Every header line (<c>Name: value</c> and its line break).</summary>
    public const int MaxHeadersBytes = 32 * 1024;

    public const int MaxHeaderCount = 100;

    private const int KestrelMaxHeadBytes = 1024 * 1024;
    private const int KestrelMaxHeaderCount = 10_000;

    /// <summary>Lets Kestrel read heads far larger than the limits, so that this middleware answers them.</summary>
    public static IServiceCollection AddRequestHeadLimits(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = KestrelMaxHeadBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = KestrelMaxHeadBytes;
            kestrel.Limits.MaxRequestHeaderCount = KestrelMaxHeaderCount;
        });

    public static WebApplication UseRequestHeadLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) => Check(context.Request) is { } error ? error.ExecuteAsync(context) : next(context));
        return app;
    }

    private static PartooError? Check(HttpRequest request)
    {
        var rawTarget = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var target = string.IsNullOrEmpty(rawTarget) ? request.GetEncodedPathAndQuery() : rawTarget;
        if (request.Method.Length + 1 + target.Length + 1 + request.Protocol.Length + 2 > MaxRequestLineBytes)
        {
            return PartooError.RequestLineTooLong(MaxRequestLineBytes);
        }

        var bytes = 0;
        var count = 0;
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                count++;
                bytes += name.Length + 2 + (value?.Length ?? 0) + 2;
            }
        }

        return count > MaxHeaderCount ? PartooError.TooManyHeaders(MaxHeaderCount)
            : bytes > MaxHeadersBytes ? PartooError.HeadersTooLarge(MaxHeadersBytes)
            : null;
    }
}

using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;

namespace PartooGroups.Api.Http;

public static class JsonBodiesOnly
{
    /// <summary>
    /// A <c>/v2</c> request with a body must say <c>application/json</c> (any case, any charset): anything else,
    /// including the <c>application/*+json</c> types the framework would read, is a 415 in the vendor's shape.
    /// </summary>
    public static WebApplication UseJsonBodiesOnly(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (request.Path.StartsWithSegments(AuthExtensions.ApiPrefix, StringComparison.OrdinalIgnoreCase)
                && HasBody(context)
                && !IsJson(request.ContentType))
            {
                return PartooError.UnsupportedMediaType().ExecuteAsync(context);
            }

            return next(context);
        });
        return app;
    }

    private static bool HasBody(HttpContext context) =>
        context.Request.ContentLength > 0
        || (context.Request.ContentLength is null && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true);

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
}

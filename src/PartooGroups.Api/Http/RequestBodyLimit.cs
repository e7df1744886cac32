using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Http;

public static class RequestBodyLimit
{
    /// <summary>
    /// A request whose Content-Length is over <c>Sandbox:MaxRequestBodyBytes</c> gets the JSON 413 before anything reads
    /// its body. Kestrel enforces the same limit as the body is read (chunked bodies included). Hosts without that limit,
    /// such as the in-process test server behind PartooGroups.Testing, get it here: their body stops at the limit with
    /// Kestrel's exception, which becomes the same JSON 413.
    /// </summary>
    public static WebApplication UseRequestBodyLimit(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var limit = app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value.MaxRequestBodyBytes;
        app.Use((context, next) =>
        {
            if (context.Request.ContentLength > limit)
            {
                return PartooError.PayloadTooLarge(limit).ExecuteAsync(context);
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is null)
            {
                context.Features.Set<IHttpMaxRequestBodySizeFeature>(new CountedBodyLimit(limit));
                context.Request.Body = new LimitedRequestBody(context.Request.Body, limit);
            }

            return next(context);
        });
        return app;
    }

    /// <summary>The limit <see cref="LimitedRequestBody"/> counts, told to whoever asks the host for it (the 413's message).</summary>
    private sealed class CountedBodyLimit(long limit) : IHttpMaxRequestBodySizeFeature
    {
        public bool IsReadOnly => true;

        public long? MaxRequestBodySize
        {
            get => limit;
            set => throw new InvalidOperationException("The in-process body limit is Sandbox:MaxRequestBodyBytes.");
        }
    }
}

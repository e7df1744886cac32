using Microsoft.Extensions.Options;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Http;

public static class RequestBodyLimit
{
    /// <summary>
    /// A request whose Content-Length is over <c>Sandbox:MaxRequestBodyBytes</c> gets the JSON 413 before anything reads
    /// its body. Kestrel enforces the same limit as the body is read (chunked bodies included); hosts without that
    /// limit, such as the in-process test server behind PartooGroups.Testing, would otherwise read and store any size.
    /// </summary>
    public static WebApplication UseRequestBodyLimit(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var limit = app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value.MaxRequestBodyBytes;
        app.Use((context, next) => context.Request.ContentLength > limit
            ? PartooError.PayloadTooLarge(limit).ExecuteAsync(context)
            : next(context));
        return app;
    }
}

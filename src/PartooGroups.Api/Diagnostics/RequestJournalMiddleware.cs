using PartooGroups.Api.Auth;

namespace PartooGroups.Api.Diagnostics;

/// <summary>
/// Outermost on the pipeline so that it sees every <c>/v2</c> answer as sent: 401s from authentication, faults,
/// and the bodies status-code pages and the exception handler write.
/// </summary>
internal sealed class RequestJournalMiddleware(RequestDelegate next, RequestJournal journal, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(AuthExtensions.ApiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var at = time.GetUtcNow().UtcDateTime;
        var started = time.GetTimestamp();
        var endpoint = context.GetEndpoint();
        try
        {
            await next(context);
        }
        finally
        {
            var user = CurrentUser.Of(context);
            journal.Record(new JournalEntry(
                at,
                context.Request.Method,
                context.Request.Path.Value ?? "",
                context.Request.QueryString.HasValue ? [.. context.Request.Query.Keys] : [],
                (endpoint ?? context.GetEndpoint())?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName,
                context.Response.StatusCode,
                Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 3),
                user?.ProviderId,
                user?.Role,
                context.Features.Get<AppliedFault>()?.Id));
        }
    }
}

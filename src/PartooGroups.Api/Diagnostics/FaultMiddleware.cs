using Microsoft.Net.Http.Headers;
using PartooGroups.Api.Auth;

namespace PartooGroups.Api.Diagnostics;

/// <summary>Marks a request that a fault rule answered or delayed, for the journal.</summary>
internal sealed record AppliedFault(int Id);

/// <summary>
/// Runs after authentication, right before the endpoint: the caller's provider and the operationId
/// are known, and a faulted request never reaches its handler, so a faulted write changes nothing.
/// With no rule in force a request costs one volatile read.
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultRules rules, TimeProvider time)
{
    public Task InvokeAsync(HttpContext context) => rules.IsEmpty ? next(context) : ApplyAsync(context);

    private async Task ApplyAsync(HttpContext context)
    {
        var operationId = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        var user = CurrentUser.Of(context);
        var rule = operationId is null || user is null ? null : rules.Take(operationId, user.ProviderId);
        if (rule is null)
        {
            await next(context);
            return;
        }

        context.Features.Set(new AppliedFault(rule.Id));
        if (rule.DelayMs is { } delay)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(delay), time, context.RequestAborted);
        }

        if (rule.Error() is not { } error)
        {
            await next(context);
            return;
        }

        if (rule.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await error.ExecuteAsync(context);
    }
}

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace PartooGroups.Api.Errors;

public static class ErrorExtensions
{
    /// <summary>Strict JSON, binding failures as exceptions, and FluentValidation naming fields as they are on the wire.</summary>
    public static IServiceCollection AddPartooErrors(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.PropertyNameCaseInsensitive = false;
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<PartooExceptionHandler>();
        services.AddValidatorsFromAssemblyContaining<PartooError>(ServiceLifetime.Singleton, includeInternalTypes: true);
        ValidatorOptions.Global.PropertyNameResolver = (_, member, expression) =>
            member?.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
            ?? (member is null ? expression?.ToString() : JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name));
        return services;
    }

    /// <summary>
    /// Every response, including routing's bodiless 404/405/415 and Kestrel's 413, gets the vendor's JSON body: an error
    /// status whose answer has not started and has no body (no Content-Length, no Content-Type) gets one, as
    /// <c>UseStatusCodePages</c> would give it. That middleware also set a feature and an <c>Items</c> dictionary on
    /// every request, a quarter of what a getGroup allocated.
    /// </summary>
    public static WebApplication UsePartooErrors(this WebApplication app)
    {
        app.UseExceptionHandler(_ => { });
        app.Use(async (context, next) =>
        {
            await next(context);
            await WriteMissingBody(context);
        });
        return app;
    }

    private static Task WriteMissingBody(HttpContext httpContext)
    {
        var response = httpContext.Response;
        if (response.HasStarted
            || response.StatusCode is < 400 or > 599
            || response.ContentLength.HasValue
            || !string.IsNullOrEmpty(response.ContentType))
        {
            return Task.CompletedTask;
        }

        var status = response.StatusCode;
        var error = status switch
        {
            StatusCodes.Status401Unauthorized => PartooError.Unauthenticated(),
            StatusCodes.Status403Forbidden => PartooError.Forbidden(),
            StatusCodes.Status404NotFound => PartooError.NotFound(),
            StatusCodes.Status405MethodNotAllowed => PartooError.MethodNotAllowed(),
            StatusCodes.Status413PayloadTooLarge => PartooError.PayloadTooLarge(
                httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize),
            StatusCodes.Status415UnsupportedMediaType => PartooError.UnsupportedMediaType(),
            _ => PartooError.Message(status, ReasonPhrases.GetReasonPhrase(status)),
        };
        return error.ExecuteAsync(httpContext);
    }
}

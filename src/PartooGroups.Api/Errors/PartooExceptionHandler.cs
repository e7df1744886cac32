using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace PartooGroups.Api.Errors;

/// <summary>Maps request-binding failures to the vendor's 4xx bodies, and anything unexpected to a JSON 500.</summary>
internal sealed partial class PartooExceptionHandler(ILogger<PartooExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var error = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => PartooError.UnsupportedMediaType(),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => PartooError.PayloadTooLarge(MaxBodySize(httpContext)),
            BadHttpRequestException { InnerException: JsonException json } => JsonBindingErrors.From(json, BodyType(httpContext)),
            BadHttpRequestException bad => FromBadRequest(bad),
            _ => null,
        };

        if (error is null)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            error = PartooError.Message(StatusCodes.Status500InternalServerError, "Internal server error");
        }

        await error.ExecuteAsync(httpContext);
        return true;
    }

    private static PartooError FromBadRequest(BadHttpRequestException exception) =>
        exception.Message.StartsWith("Required parameter", StringComparison.Ordinal)
        || exception.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal)
            ? PartooError.BadJson("Invalid JSON body: the body must be a JSON object")
            : PartooError.Message(exception.StatusCode, "Invalid request");

    private static Type? BodyType(HttpContext httpContext) =>
        httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    private static long? MaxBodySize(HttpContext httpContext) =>
        httpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}

using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace PartooGroups.Api.Errors;

/// <summary>The only builder of error responses: every error body the sandbox sends is made here.</summary>
public sealed class PartooError : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public const string NotFoundMessage = "Resource not found";
    public const string UnsupportedMediaTypeMessage = "Unsupported media type. Please use application/json";

    /// <summary>marshmallow's message for a body field or query parameter the operation does not have.</summary>
    public const string UnknownField = "Unknown field.";

    private readonly object _body;

    private PartooError(int statusCode, object body)
    {
        StatusCode = statusCode;
        _body = body;
    }

    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public static PartooError Unauthenticated() =>
        new(StatusCodes.Status401Unauthorized, new AuthenticationErrorBody(new("User not authenticated")));

    public static PartooError Forbidden() =>
        new(StatusCodes.Status403Forbidden, new AuthorizationErrorBody(new("Operation not allowed")));

    public static PartooError NotFound() => Message(StatusCodes.Status404NotFound, NotFoundMessage);

    public static PartooError MethodNotAllowed() => Message(StatusCodes.Status405MethodNotAllowed, "Method not allowed");

    public static PartooError UnsupportedMediaType() =>
        Message(StatusCodes.Status415UnsupportedMediaType, UnsupportedMediaTypeMessage);

    public static PartooError PayloadTooLarge(long? limit) =>
        Message(StatusCodes.Status413PayloadTooLarge, limit is { } bytes
            ? $"Request body too large. The limit is {bytes} bytes"
            : "Request body too large");

    public static PartooError RequestLineTooLong(int limit) =>
        Message(StatusCodes.Status414UriTooLong, $"Request line too long. The limit is {limit} bytes");

    public static PartooError HeadersTooLarge(int limit) =>
        Message(StatusCodes.Status431RequestHeaderFieldsTooLarge, $"Request headers too large. The limit is {limit} bytes");

    public static PartooError TooManyHeaders(int limit) =>
        Message(StatusCodes.Status431RequestHeaderFieldsTooLarge, $"Too many request headers. The limit is {limit}");

    /// <summary>400 for a body that is not a JSON object at all (malformed, truncated, an array, empty).</summary>
    public static PartooError BadJson(string message) => Message(StatusCodes.Status400BadRequest, message);

    public static PartooError Validation(string field, string message) =>
        Validation(new Dictionary<string, string> { [field] = message });

    public static PartooError Validation(IReadOnlyDictionary<string, string> errors) =>
        new(StatusCodes.Status400BadRequest, new FieldErrorBody(new(errors)));

    /// <summary>Any other status (a fault of the server itself, or an unusual client error).</summary>
    public static PartooError Message(int statusCode, string message) =>
        new(statusCode, new MessageErrorBody(new(message)));

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        return httpContext.Response.WriteAsJsonAsync(_body, _body.GetType(), options: null, contentType: "application/json");
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(FieldErrorBody), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(AuthenticationErrorBody), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(AuthorizationErrorBody), ["application/json"]));
    }
}

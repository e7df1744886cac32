using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace PartooGroups.Api.Http;

public static class JsonBytesOk
{
    /// <summary>
    /// The 200 of <paramref name="value"/>, serialized now: its length goes in <c>Content-Length</c> and the body is
    /// written in one call, where an <see cref="Microsoft.AspNetCore.Http.HttpResults.Ok{TValue}"/> goes through the
    /// asynchronous JSON writer and is sent chunked.
    /// </summary>
    public static JsonBytesOk<TValue> Serialize<TValue>(TValue value, JsonSerializerOptions options) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, options));
}

/// <summary>A 200 whose JSON body of type <typeparamref name="TValue"/> is already serialized; documented as <c>Ok&lt;TValue&gt;</c> is.</summary>
public sealed class JsonBytesOk<TValue>(ReadOnlyMemory<byte> body) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private const string ContentType = "application/json; charset=utf-8";

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TValue), ["application/json"]));
    }
}

using Microsoft.OpenApi;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartooGroups.Api.OpenApi;

/// <summary>
/// Error responses as the vendor documents them: its descriptions, a 401 on every <c>/v2</c> route (the API-key check runs
/// before any handler), and a 400 that is either one message per bad field or a single message for a body that is not a
/// JSON object at all.
/// </summary>
internal sealed class ErrorResponsesOperationFilter : IOperationFilter
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["400"] = "Your request is incorrect",
        ["401"] = "You are not authenticated",
        ["403"] = "You are not allowed to perform this action",
        ["404"] = "Resource not found",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        var path = "/" + context.ApiDescription.RelativePath;
        if (path.StartsWith(AuthExtensions.ApiPrefix + "/", StringComparison.OrdinalIgnoreCase) && !operation.Responses.ContainsKey("401"))
        {
            operation.Responses["401"] = new OpenApiResponse
            {
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/json"] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(AuthenticationErrorBody), context.SchemaRepository) },
                },
            };
        }

        foreach (var (status, description) in Descriptions)
        {
            if (operation.Responses.TryGetValue(status, out var found) && found is OpenApiResponse response)
            {
                response.Description = description;
            }
        }

        if (operation.Responses.TryGetValue("400", out var badRequest)
            && badRequest.Content?.TryGetValue("application/json", out var found400) == true
            && found400 is OpenApiMediaType { Schema: { } fieldErrors } media)
        {
            media.Schema = new OpenApiSchema
            {
                AnyOf = [fieldErrors, context.SchemaGenerator.GenerateSchema(typeof(MessageErrorBody), context.SchemaRepository)],
            };
        }
    }
}

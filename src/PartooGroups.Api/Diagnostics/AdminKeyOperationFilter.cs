using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartooGroups.Api.Diagnostics;

/// <summary>Marks a route that requires the <c>x-Sandbox-Admin-Key</c> header.</summary>
internal sealed class AdminKeyMetadata;

/// <summary>Documents the admin header on the <c>/_sandbox</c> routes so that Swagger UI can send it.</summary>
internal sealed class AdminKeyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AdminKeyMetadata>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = AdminKeyFilter.HeaderName,
            In = ParameterLocation.Header,
            Required = true,
            Description = "The sandbox admin key (configuration `Sandbox:AdminKey`, `sandbox-admin-key` by default).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }
}

using Microsoft.OpenApi;
using PartooGroups.Api.Auth;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartooGroups.Api.OpenApi;

/// <summary>Routes outside <c>/v2</c> (health) take no API key: they override the document-wide requirement with none.</summary>
internal sealed class AnonymousOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var path = "/" + context.ApiDescription.RelativePath;
        if (!path.StartsWith(AuthExtensions.ApiPrefix + "/", StringComparison.OrdinalIgnoreCase))
        {
            operation.Security = [];
        }
    }
}

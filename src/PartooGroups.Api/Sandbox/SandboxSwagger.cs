using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartooGroups.Api.Sandbox;

/// <summary>The admin key's security scheme, required by the <c>/_sandbox</c> operations instead of <c>x-APIKey</c>.</summary>
public static class SandboxSwagger
{
    public const string SecuritySchemeId = "SandboxAdminKey";

    public static void AddSandboxSecurity(this SwaggerGenOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddSecurityDefinition(SecuritySchemeId, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = SandboxAdminAuth.HeaderName,
            Description = "The sandbox admin key (configuration `Sandbox:AdminKey`, `sandbox-admin-key` by default), for the /_sandbox routes only.",
        });
        options.OperationFilter<SandboxSecurityOperationFilter>();
    }
}

internal sealed class SandboxSecurityOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.RelativePath?.StartsWith(SandboxAdminAuth.Prefix.TrimStart('/'), StringComparison.OrdinalIgnoreCase) == true)
        {
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SandboxSwagger.SecuritySchemeId, context.Document)] = [] },
            ];
        }
    }
}

using Microsoft.OpenApi;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Organizations;
using PartooGroups.Api.Sandbox;

namespace PartooGroups.Api.OpenApi;

public static class SwaggerExtensions
{
    public const string DocumentName = "v1";
    public const string SecuritySchemeId = "ApiKeyAuth";
    public const string RoutePrefix = "/swagger";

    public static IServiceCollection AddPartooSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(c =>
        {
            c.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Partoo Rest API (PartooGroups sandbox)",
                Version = "v2",
                Description = "A local, stateful emulation of the Partoo v2 API for groups, sections and organizations. "
                    + "Every /v2 route takes the API key in the `x-APIKey` header: use Authorize with a demo key.",
                Contact = new OpenApiContact { Name = "PartooGroups sandbox" },
            });
            c.AddServer(new OpenApiServer { Url = "/", Description = "This sandbox (paths include the vendor's /v2 prefix)" });
            c.AddSecurityDefinition(SecuritySchemeId, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = AuthExtensions.ApiKeyHeader,
                Description = "The API key of a user; the user's role gives the access level.",
            });
            c.OperationFilter<QueryParametersOperationFilter>();
            c.MapType<LimitChange>(() => new OpenApiSchema
            {
                Type = JsonSchemaType.Integer | JsonSchemaType.Null,
                Description = "Maximum number of local businesses; null for no limit. Omitted: unchanged.",
            });
            c.AddSandboxSecurity();
            c.AddSecurityRequirement(doc => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(SecuritySchemeId, doc)] = [],
            });
            c.SupportNonNullableReferenceTypes();
            c.SchemaFilter<RequiredFieldsSchemaFilter>();
            c.OperationFilter<ErrorResponsesOperationFilter>();
            c.OperationFilter<AnonymousOperationFilter>();
        });
        return services;
    }

    /// <summary>The document and Swagger UI under <c>/swagger</c>; no other request pays for their route matching.</summary>
    public static WebApplication UsePartooSwagger(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(RoutePrefix, StringComparison.OrdinalIgnoreCase), swagger =>
        {
            swagger.UseSwagger();
            swagger.UseSwaggerUI(ui =>
            {
                ui.SwaggerEndpoint($"{RoutePrefix}/{DocumentName}/swagger.json", "Partoo Rest API (sandbox)");
                ui.DocumentTitle = "PartooGroups sandbox";
                ui.EnablePersistAuthorization();
            });
        });
        return app;
    }
}

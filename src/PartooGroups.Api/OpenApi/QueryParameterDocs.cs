using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartooGroups.Api.OpenApi;

/// <summary>A query parameter read by hand (through <c>QueryReader</c>): documented for Swagger UI, and the only ones a /v2 route accepts.</summary>
public sealed record QueryParameterDoc(string Name, JsonSchemaType Type, string Description, bool IsList = false)
{
    public static readonly QueryParameterDoc Page = Number("page", "Page number, from 1 (0 also means the first page).");
    public static readonly QueryParameterDoc PerPage = Number("per_page", "Items per page, 1 to 100 (30 by default).");
    public static readonly QueryParameterDoc OrgId = Number("org_id", "Organization id. Only PROVIDER users may name another organization than their own.");

    public static QueryParameterDoc Number(string name, string description) => new(name, JsonSchemaType.Integer, description);

    public static QueryParameterDoc Text(string name, string description) => new(name, JsonSchemaType.String, description);

    public static QueryParameterDoc Flag(string name, string description) =>
        new(name, JsonSchemaType.Boolean, description + " true or false, in any case.");

    public static QueryParameterDoc NumberList(string name, string description) =>
        new(name, JsonSchemaType.Integer, description + " Accepts `a,b`, repeated parameters and `k[]=`.", IsList: true);

    public static QueryParameterDoc TextList(string name, string description) =>
        new(name, JsonSchemaType.String, description + " Accepts `a,b`, repeated parameters and `k[]=`.", IsList: true);
}

public sealed class QueryParametersMetadata(IReadOnlyList<QueryParameterDoc> parameters)
{
    public IReadOnlyList<QueryParameterDoc> Parameters { get; } = parameters;
}

public static class QueryParameterDocsExtensions
{
    public static RouteHandlerBuilder WithQueryParameters(this RouteHandlerBuilder builder, params QueryParameterDoc[] parameters) =>
        builder.WithMetadata(new QueryParametersMetadata(parameters));
}

/// <summary>Adds the <see cref="QueryParameterDoc"/>s of an endpoint to its OpenAPI operation.</summary>
internal sealed class QueryParametersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var docs = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<QueryParametersMetadata>().SelectMany(m => m.Parameters).ToList();
        if (docs.Count == 0)
        {
            return;
        }

        operation.Parameters ??= [];
        foreach (var doc in docs)
        {
            var schema = new OpenApiSchema { Type = doc.Type };
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = doc.Name,
                In = ParameterLocation.Query,
                Description = doc.Description,
                Schema = doc.IsList ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = schema } : schema,
                Style = ParameterStyle.Form,
                Explode = !doc.IsList,
            });
        }
    }
}

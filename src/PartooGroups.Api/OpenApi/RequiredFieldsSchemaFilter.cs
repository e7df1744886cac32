using System.Runtime.CompilerServices;
using FluentValidation;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartooGroups.Api.OpenApi;

/// <summary>
/// Marks a request field required (and not nullable) exactly when the body's validator refuses a body without it, so the
/// document follows the validators instead of a second list. Request records keep every field nullable on purpose: the
/// validator, not the JSON reader, must answer for a missing field.
/// </summary>
internal sealed class RequiredFieldsSchemaFilter(IServiceScopeFactory scopes) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } objectSchema || context.Type.IsValueType)
        {
            return;
        }

        using var scope = scopes.CreateScope();
        if (scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(context.Type)) is not IValidator validator)
        {
            return;
        }

        var empty = RuntimeHelpers.GetUninitializedObject(context.Type);
        var missing = validator.Validate(new ValidationContext<object>(empty)).Errors
            .Select(failure => failure.PropertyName)
            .Where(objectSchema.Properties.ContainsKey)
            .Distinct(StringComparer.Ordinal);
        foreach (var field in missing)
        {
            objectSchema.Required ??= new SortedSet<string>(StringComparer.Ordinal);
            objectSchema.Required.Add(field);
            if (objectSchema.Properties[field] is OpenApiSchema property)
            {
                property.Type &= ~JsonSchemaType.Null;
            }
        }
    }
}

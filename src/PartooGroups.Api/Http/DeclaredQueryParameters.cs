using PartooGroups.Api.Auth;
using PartooGroups.Api.Errors;
using PartooGroups.Api.OpenApi;

namespace PartooGroups.Api.Http;

public static class DeclaredQueryParameters
{
    public const string Duplicated = "Duplicated parameter.";

    /// <summary>
    /// A <c>/v2</c> route accepts only the query parameters it declares with <c>.WithQueryParameters(...)</c> (the same
    /// list Swagger shows), none when it declares none: an unknown one is a 400 "Unknown field.", as an unknown body
    /// field is. A scalar given twice is a 400 "Duplicated parameter."; a list may repeat (<c>k=a&amp;k=b</c>, <c>k[]=</c>).
    /// Runs after authentication, so a caller without a valid key still gets 401 first.
    /// </summary>
    public static WebApplication UseDeclaredQueryParameters(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
        {
            if (!context.Request.QueryString.HasValue
                || context.GetEndpoint() is not RouteEndpoint endpoint
                || endpoint.RoutePattern.RawText?.StartsWith(AuthExtensions.ApiPrefix, StringComparison.OrdinalIgnoreCase) != true)
            {
                return next(context);
            }

            var declared = endpoint.Metadata.GetOrderedMetadata<QueryParametersMetadata>().SelectMany(m => m.Parameters).ToList();
            var errors = Check(context.Request.Query, declared);
            return errors.Count == 0 ? next(context) : PartooError.Validation(errors).ExecuteAsync(context);
        });
        return app;
    }

    private static Dictionary<string, string> Check(IQueryCollection query, IReadOnlyList<QueryParameterDoc> declared)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in query)
        {
            var scalar = declared.FirstOrDefault(p => !p.IsList && p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            var list = declared.Any(p => p.IsList
                && (p.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || (p.Name + "[]").Equals(name, StringComparison.OrdinalIgnoreCase)));
            if (scalar is not null && values.Count > 1)
            {
                errors[scalar.Name] = Duplicated;
            }
            else if (scalar is null && !list)
            {
                errors[name] = PartooError.UnknownField;
            }
        }

        return errors;
    }
}

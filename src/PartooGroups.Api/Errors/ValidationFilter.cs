using FluentValidation;

namespace PartooGroups.Api.Errors;

/// <summary>Runs the FluentValidation validator of the request body and answers the vendor's 400 on failure.</summary>
internal sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
    where T : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var body = context.Arguments.OfType<T>().FirstOrDefault();
        if (body is null)
        {
            return PartooError.BadJson("Invalid JSON body: the body must be a JSON object");
        }

        var result = await validator.ValidateAsync(body, context.HttpContext.RequestAborted);
        if (result.IsValid)
        {
            return await next(context);
        }

        if (result.Errors.FirstOrDefault(f => f.PropertyName == ValidationFilterExtensions.WholeBody) is { } bodyFailure)
        {
            return PartooError.BadJson(bodyFailure.ErrorMessage);
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var failure in result.Errors)
        {
            errors.TryAdd(failure.PropertyName, failure.ErrorMessage);
        }

        return PartooError.Validation(errors);
    }
}

public static class ValidationFilterExtensions
{
    /// <summary>The property name of a rule about the body as a whole: its failure answers a 400 with a message, not per field.</summary>
    public const string WholeBody = "json";

    /// <summary>Validates the <typeparamref name="T"/> body before the handler runs.</summary>
    public static RouteHandlerBuilder WithValidation<T>(this RouteHandlerBuilder builder)
        where T : class => builder.AddEndpointFilter<ValidationFilter<T>>();
}

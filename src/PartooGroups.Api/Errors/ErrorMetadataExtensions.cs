namespace PartooGroups.Api.Errors;

public static class ErrorMetadataExtensions
{
    /// <summary>Documents the vendor's 404 body on an endpoint with path ids.</summary>
    public static RouteHandlerBuilder ProducesNotFound(this RouteHandlerBuilder builder) =>
        builder.Produces<MessageErrorBody>(StatusCodes.Status404NotFound, "application/json");
}

using PartooGroups.Api.Auth;

namespace PartooGroups.Api.Persistence;

public static class WriteTransactionExtensions
{
    /// <summary>
    /// Runs the handler as one serialized transaction: committed when it answers a success, rolled back otherwise,
    /// so a request that fails changes nothing.
    /// </summary>
    public static RouteHandlerBuilder WithWriteTransaction(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var services = context.HttpContext.RequestServices;
            var db = services.GetRequiredService<PartooDbContext>();
            var cancellationToken = context.HttpContext.RequestAborted;
            using var lease = await services.GetRequiredService<WriteGate>().EnterAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await next(context);
            if (IsSuccess(result))
            {
                await transaction.CommitAsync(CancellationToken.None);
                if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<KeepsApiKeyCacheMetadata>() is null)
                {
                    services.GetRequiredService<ApiKeyStore>().Invalidate();
                }
            }

            return result;
        });

    /// <summary>Whether a handler's result is a success (status below 400): the write is then committed.</summary>
    internal static bool IsSuccess(object? result) => result switch
    {
        INestedHttpResult nested => IsSuccess(nested.Result),
        IStatusCodeHttpResult { StatusCode: < 400 } => true,
        _ => false,
    };
}

namespace PartooGroups.Api.Persistence;

/// <summary>
/// Completes once the database is migrated and seeded. Until then <c>/health/ready</c> answers 503 and API requests
/// wait; if the seed is refused it fails, and the process stops.
/// </summary>
public sealed class DatabaseReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    public void MarkReady() => _ready.TrySetResult();

    public void MarkFailed(Exception exception) => _ready.TrySetException(exception);

    public Task WaitAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    /// <summary>Lets health checks and Swagger UI through at once; every other request waits until the database is ready.</summary>
    public static WebApplication UseReadinessGate(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var readiness = app.Services.GetRequiredService<DatabaseReadiness>();
        app.Use((context, next) =>
            readiness.IsReady
            || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase)
                ? next(context)
                : WaitThenNextAsync(readiness, context, next));
        return app;
    }

    private static async Task WaitThenNextAsync(DatabaseReadiness readiness, HttpContext context, RequestDelegate next)
    {
        await readiness.WaitAsync(context.RequestAborted);
        await next(context);
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Health;

public sealed record HealthResponse(string Status);

public static class HealthEndpoints
{
    public static RouteGroupBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").WithTags("Sandbox");
        health.MapGet("/live", () => TypedResults.Ok(new HealthResponse("live")))
            .WithName("sandboxLive")
            .WithSummary("200 as soon as the process serves HTTP")
            .WithDescription("Liveness: answers as soon as the process serves HTTP. Needs no API key.");
        health.MapGet("/ready", ReadyAsync)
            .WithName("sandboxReady")
            .WithSummary("200 once the database is open, migrated and seeded; 503 before")
            .WithDescription("Readiness: 200 once the database is open, migrated and seeded, 503 before. Needs no API key.");
        return health;
    }

    private static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> ReadyAsync(
        DatabaseReadiness readiness,
        PartooDbContext db,
        CancellationToken cancellationToken)
    {
        var ready = readiness.IsReady && await db.Database.CanConnectAsync(cancellationToken);
        return ready
            ? TypedResults.Ok(new HealthResponse("ready"))
            : TypedResults.Json(new HealthResponse("starting"), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

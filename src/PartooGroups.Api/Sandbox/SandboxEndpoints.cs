using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Http;
using PartooGroups.Api.OpenApi;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Persistence.Seed;

namespace PartooGroups.Api.Sandbox;

/// <summary>
/// The sandbox admin API under <c>/_sandbox</c>, for test suites that share one sandbox: tenants created from a seed
/// document and reset to it, the whole sandbox reset to its start data, export and import of the state.
/// </summary>
public static class SandboxEndpoints
{
    public const string Tag = "Sandbox";

    /// <summary>The export leaves out what is not set, so that it reads like a hand-written seed.</summary>
    private static readonly JsonSerializerOptions ExportJson = new(SeedFile.JsonOptions)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IServiceCollection AddSandboxAdmin(this IServiceCollection services)
    {
        services.AddScoped<TenantService>();
        services.AddScoped<SandboxState>();
        services.AddScoped<SeedExporter>();
        return services;
    }

    public static RouteGroupBuilder MapSandbox(this IEndpointRouteBuilder app)
    {
        var sandbox = app.MapGroup(SandboxAdminAuth.Prefix).WithTags(Tag);

        sandbox.MapPost("/tenants", CreateTenantAsync)
            .WithName("sandboxCreateTenant")
            .WithSummary("Create a tenant from a seed document")
            .WithDescription("Creates an isolated tenant: one new provider with the document's organizations, businesses, sections, "
                + "groups and users. Every id in the document is a local reference and gets a fresh global id, so one document "
                + "can be posted many times; API keys become `<tenant>-<api_key>` and users without one get a new key. "
                + "The provider is named by the document's single provider id when no provider has it yet, otherwise `tenant-<8 hex>`. "
                + "An invalid document answers 400 with every bad entry under `seed`, and nothing is written.")
            .WithWriteTransaction()
            .Produces<MessageErrorBody>(StatusCodes.Status409Conflict);

        sandbox.MapDelete("/tenants/{tenant}", DeleteTenantAsync)
            .WithName("sandboxDeleteTenant")
            .WithSummary("Delete a tenant")
            .WithDescription("Removes the tenant's provider and everything of it; its API keys stop working at once.")
            .WithWriteTransaction()
            .ProducesNotFound();

        sandbox.MapPost("/tenants/{tenant}/reset", ResetTenantAsync)
            .WithName("sandboxResetTenant")
            .WithSummary("Reset a tenant to its seed")
            .WithDescription("Puts the tenant back as it was created, with the same global ids and API keys, and answers as creation did.")
            .WithWriteTransaction()
            .ProducesNotFound();

        sandbox.MapPost("/reset", ResetSandboxAsync)
            .WithName("sandboxReset")
            .WithSummary("Reset the whole sandbox")
            .WithDescription("Deletes everything, tenants included, and loads the start data again (the `--seed` file or the demo data); "
                + "ids start afresh as on a new database.")
            .WithWriteTransaction();

        sandbox.MapGet("/export", ExportAsync)
            .WithName("sandboxExport")
            .WithQueryParameters(QueryParameterDoc.Text("tenant", "Export only this provider (a tenant or any other provider)."))
            .WithSummary("Export the state as a seed document")
            .WithDescription("The state as a seed document with global ids and, per user, its first API key that is not revoked. "
                + "Imported into an empty sandbox, it gives the same answers on the /v2 routes.")
            .Produces<SeedDocument>()
            .ProducesNotFound();

        sandbox.MapPost("/import", ImportAsync)
            .WithName("sandboxImport")
            .WithQueryParameters(QueryParameterDoc.Flag("replace", "Clear the sandbox first."))
            .WithSummary("Import a seed document")
            .WithDescription("Loads a seed document, ids kept as given, into an empty sandbox; a sandbox that is not empty answers 409 "
                + "unless `replace=true`, which clears it first. An invalid document answers 400 and nothing is written.")
            .WithWriteTransaction()
            .Produces<MessageErrorBody>(StatusCodes.Status409Conflict);

        return sandbox;
    }

    private static Task<Results<Ok<TenantCreatedResponse>, PartooError>> CreateTenantAsync(
        SeedDocument body,
        TenantService tenants,
        CancellationToken cancellationToken) =>
        tenants.CreateAsync(body, cancellationToken);

    private static Task<Results<Ok<SandboxStatusResponse>, PartooError>> DeleteTenantAsync(
        string tenant,
        TenantService tenants,
        CancellationToken cancellationToken) =>
        tenants.DeleteAsync(tenant, cancellationToken);

    private static Task<Results<Ok<TenantCreatedResponse>, PartooError>> ResetTenantAsync(
        string tenant,
        TenantService tenants,
        CancellationToken cancellationToken) =>
        tenants.ResetAsync(tenant, cancellationToken);

    private static Task<Results<Ok<SandboxStatusResponse>, PartooError>> ResetSandboxAsync(
        SandboxState state,
        CancellationToken cancellationToken) =>
        state.ResetAsync(cancellationToken);

    private static async Task<Results<JsonHttpResult<SeedDocument>, PartooError>> ExportAsync(
        HttpRequest request,
        SeedExporter exporter,
        PartooDbContext db,
        CancellationToken cancellationToken)
    {
        var tenant = new QueryReader(request.Query).Text("tenant");
        if (tenant is not null && !await db.Providers.AnyAsync(p => p.Id == tenant, cancellationToken))
        {
            return PartooError.NotFound();
        }

        return TypedResults.Json(await exporter.ExportAsync(tenant, cancellationToken), ExportJson);
    }

    private static async Task<Results<Ok<SandboxStatusResponse>, PartooError>> ImportAsync(
        SeedDocument body,
        HttpRequest request,
        SandboxState state,
        CancellationToken cancellationToken)
    {
        var query = new QueryReader(request.Query);
        var replace = query.Flag("replace");
        if (query.HasErrors)
        {
            return PartooError.Validation(query.Errors);
        }

        return await state.ImportAsync(body, replace ?? false, cancellationToken);
    }

}

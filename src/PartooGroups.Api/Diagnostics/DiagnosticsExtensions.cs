namespace PartooGroups.Api.Diagnostics;

/// <summary>The request journal and fault rules that test suites drive through <c>/_sandbox</c>.</summary>
public static class DiagnosticsExtensions
{
    public const string AdminPrefix = "/_sandbox";

    public static IServiceCollection AddDiagnostics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiagnosticsOptions>()
            .Bind(configuration.GetSection(DiagnosticsOptions.Section))
            .Validate(o => o.JournalSize is >= 1 and <= DiagnosticsOptions.MaxJournalSize,
                $"{DiagnosticsOptions.Section}:{nameof(DiagnosticsOptions.JournalSize)} must be from 1 to {DiagnosticsOptions.MaxJournalSize}")
            .ValidateOnStart();
        services.AddSingleton<RequestJournal>();
        services.AddSingleton<FaultRules>();
        services.AddSingleton<ApiOperationIds>();
        return services;
    }

    /// <summary>Records every <c>/v2</c> request; goes first on the pipeline so that it sees the answers as sent.</summary>
    public static WebApplication UseRequestJournal(this WebApplication app)
    {
        app.UseMiddleware<RequestJournalMiddleware>();
        return app;
    }

    /// <summary>Applies fault rules; goes right after authentication.</summary>
    public static WebApplication UseFaults(this WebApplication app)
    {
        app.UseMiddleware<FaultMiddleware>();
        return app;
    }

    public static RouteGroupBuilder MapDiagnostics(this IEndpointRouteBuilder app)
    {
        // The admin key is checked for every /_sandbox path by UseSandboxAdminAuth, before any body is read.
        var admin = app.MapGroup(AdminPrefix).WithTags("Sandbox");
        admin.MapJournal();
        admin.MapFaults();
        return admin;
    }
}

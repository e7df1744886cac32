using PartooGroups.Api;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Businesses;
using PartooGroups.Api.Diagnostics;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Groups;
using PartooGroups.Api.Health;
using PartooGroups.Api.Http;
using PartooGroups.Api.OpenApi;
using PartooGroups.Api.Organizations;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Persistence.Seed;
using PartooGroups.Api.Sandbox;
using PartooGroups.Api.Sections;
using PartooGroups.Api.Users;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    // No watcher on appsettings.json: nothing reads the configuration again after start, and the host's watcher covers
    // the content root recursively, so a database kept in the sandbox's folder woke it on every write.
    Args = [.. args, "--hostBuilder:reloadConfigOnChange=false"],
    ContentRootPath = AppContext.BaseDirectory,
});
builder.UseDefaultSandboxUrl();
builder.AddPersistence(args);
builder.Services.AddPartooErrors();
builder.Services.AddRequestHeadLimits();
builder.Services.AddPartooAuth();
builder.Services.AddPartooSwagger();
builder.Services.AddGroups();
builder.Services.AddSandboxAdmin();
builder.Services.AddDiagnostics(builder.Configuration);

var app = builder.Build();
app.UseRequestJournal();
app.UsePartooErrors();
DatabaseReadiness.UseReadinessGate(app);
app.UsePartooSwagger();
app.UsePartooAuth();
app.UseSandboxAdminAuth();
app.UseRequestHeadLimits();
app.UseRequestBodyLimit();
app.UseJsonBodiesOnly();
app.UseDeclaredQueryParameters();
app.UseFaults();
app.MapHealth();
app.MapOrganizations();
app.MapSections();
app.MapGroups();
app.MapBusinesses();
app.MapUsers();
app.MapApiKeys();
app.MapSandbox();
app.MapDiagnostics();

// Kestrel listens first, so /health/live answers at once and /health/ready answers 503 until the database is ready.
await app.StartAsync();
try
{
    await app.InitializeDatabaseAsync();
}
catch (SeedException exception)
{
    app.Services.GetRequiredService<DatabaseReadiness>().MarkFailed(exception);
    await Console.Error.WriteLineAsync($"The sandbox did not start: {exception.Message}");
    await app.StopAsync();
    return 2;
}

app.PrintBanner();
await app.WaitForShutdownAsync();

// Disposed after a clean stop, so the singletons close what they hold: the connections, whose last close checkpoints
// the WAL into the database file. Not on a failed start, whose exception is the answer.
await app.DisposeAsync();
return 0;

public partial class Program;

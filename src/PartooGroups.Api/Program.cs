using PartooGroups.Api;
using PartooGroups.Api.Auth;
using PartooGroups.Api.Businesses;
using PartooGroups.Api.Diagnostics;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Groups;
using PartooGroups.Api.Health;
using PartooGroups.Api.OpenApi;
using PartooGroups.Api.Organizations;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Persistence.Seed;
using PartooGroups.Api.Users;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.UseDefaultSandboxUrl();
builder.AddPersistence(args);
builder.Services.AddPartooErrors();
builder.Services.AddPartooAuth();
builder.Services.AddPartooSwagger();
builder.Services.AddDiagnostics(builder.Configuration);

var app = builder.Build();
app.UseRequestJournal();
app.UsePartooErrors();
app.UsePartooSwagger();
app.UsePartooAuth();
app.UseFaults();
app.MapHealth();
app.MapOrganizations();
app.MapGroups();
app.MapBusinesses();
app.MapUsers();
app.MapApiKeys();
app.MapDiagnostics();

try
{
    await app.InitializeDatabaseAsync();
}
catch (SeedException exception)
{
    await Console.Error.WriteLineAsync($"The sandbox did not start: {exception.Message}");
    return 2;
}

app.PrintBannerWhenStarted();
await app.RunAsync();
return 0;

public partial class Program;

// Bare Kestrel serving the same payloads as the sandbox's getGroup and createGroup, with no database, no
// authentication and no validation: the platform limit every sandbox figure is divided by.
using System.Text.Json;

// Its content root is its own folder, as the sandbox's is: the host watches the content root (for appsettings.json)
// with a recursive file watcher, and from the repository root that watcher woke on every write the sandbox made to
// its database under bench/out, taking up to a third of the sandbox's createGroup throughput on the shared core.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Logging.ClearProviders();
var app = builder.Build();

var businessIds = Enumerable.Range(0, 100).Select(i => $"{i:x24}").ToArray();
var group = JsonSerializer.SerializeToUtf8Bytes(new { id = 1, name = "Hundred", has_puller = false, business_ids = businessIds });
var nextId = 0;

// Both answers go out as the sandbox's do: serialized bytes with their Content-Length, one write, no chunks.
app.MapGet("/v2/sections/{sectionId:int}/groups/{groupId:int}", (HttpContext context) => WriteJson(context, group));

app.MapPost("/v2/sections/{sectionId:int}/groups", async (HttpContext context) =>
{
    using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
    var id = Interlocked.Increment(ref nextId);
    await WriteJson(context, JsonSerializer.SerializeToUtf8Bytes(new { status = "success", id }));
});

app.MapGet("/health/ready", () => Results.Json(new { status = "ready" }));

await app.RunAsync();

static Task WriteJson(HttpContext context, byte[] json)
{
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = json.Length;
    return context.Response.Body.WriteAsync(json, context.RequestAborted).AsTask();
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Persistence;

namespace PartooGroups.Api.Sandbox;

/// <summary>
/// Every <c>/_sandbox</c> route, known or not, wants the admin key (configuration <c>Sandbox:AdminKey</c>) in the
/// <c>x-Sandbox-Admin-Key</c> header; without it the answer is the vendor's 401. Partoo API keys open nothing there, and
/// the admin key opens nothing under <c>/v2</c>.
/// </summary>
public static class SandboxAdminAuth
{
    public const string Prefix = "/_sandbox";
    public const string HeaderName = "x-Sandbox-Admin-Key";

    public static WebApplication UseSandboxAdminAuth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var adminKey = Encoding.UTF8.GetBytes(app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value.AdminKey);
        app.Use((context, next) =>
            context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase) && !IsAdmin(context.Request, adminKey)
                ? PartooError.Unauthenticated().ExecuteAsync(context)
                : next(context));
        return app;
    }

    private static bool IsAdmin(HttpRequest request, byte[] adminKey)
    {
        var sent = request.Headers[HeaderName].ToString();
        return sent.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), adminKey);
    }
}

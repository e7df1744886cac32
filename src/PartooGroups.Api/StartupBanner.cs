using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Users;

namespace PartooGroups.Api;

public static class StartupBanner
{
    public const string DefaultUrl = "http://localhost:5080";
    private const int MaxKeysShown = 20;

    /// <summary>Listens on <see cref="DefaultUrl"/> unless <c>--urls</c> or <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public static WebApplicationBuilder UseDefaultSandboxUrl(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }

    /// <summary>
    /// Prints where the API and Swagger UI are, and the API keys a person can try: the ones a seed gave, which the seed
    /// file spells out anyway. A key minted with createApiKey is a secret shown once, in that answer, so it is not listed.
    /// </summary>
    public static void PrintBanner(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? DefaultUrl;
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartooDbContext>();
        var keys = (
                from key in db.ApiKeys.AsNoTracking()
                join user in db.Users on key.UserId equals user.Id
                where key.RevokedAt == null && !(key.Key.StartsWith(ApiKeySecrets.Prefix) && key.Key.Length == ApiKeySecrets.Length)
                orderby key.Id
                select new { key.Key, user.Role, user.Email, user.OrgId })
            .Take(MaxKeysShown)
            .ToList();

        var text = new StringBuilder()
            .AppendLine()
            .AppendLine("PartooGroups sandbox is running.")
            .AppendLine(CultureInfo.InvariantCulture, $"  Partoo API : {address}/v2")
            .AppendLine(CultureInfo.InvariantCulture, $"  Swagger UI : {address}/swagger")
            .AppendLine(CultureInfo.InvariantCulture, $"  Admin API  : {address}/_sandbox (header x-Sandbox-Admin-Key, configuration Sandbox:AdminKey)")
            .AppendLine(CultureInfo.InvariantCulture, $"  Database   : {scope.ServiceProvider.GetRequiredService<SqliteConnectionStringBuilder>().DataSource}")
            .AppendLine("API keys (send as header x-APIKey):");
        foreach (var key in keys)
        {
            var org = key.OrgId is { } id ? $"org {id}" : "all orgs";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {key.Role,-17} {key.Key,-28} {key.Email} ({org})");
        }

        Console.WriteLine(text.ToString());
    }
}

using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
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
        var database = app.Services.GetRequiredService<SqliteConnectionStringBuilder>();
        var keys = ReadSeedKeys(app.Services.GetRequiredService<SqliteConnectionPool>());

        var text = new StringBuilder()
            .AppendLine()
            .AppendLine("PartooGroups sandbox is running.")
            .AppendLine(CultureInfo.InvariantCulture, $"  Partoo API : {address}/v2")
            .AppendLine(CultureInfo.InvariantCulture, $"  Swagger UI : {address}/swagger")
            .AppendLine(CultureInfo.InvariantCulture, $"  Admin API  : {address}/_sandbox (header x-Sandbox-Admin-Key, configuration Sandbox:AdminKey)")
            .AppendLine(CultureInfo.InvariantCulture, $"  Database   : {database.DataSource}")
            .AppendLine("API keys (send as header x-APIKey):");
        foreach (var key in keys)
        {
            var org = key.OrgId is { } id ? $"org {id}" : "all orgs";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {key.Role,-17} {key.Key,-28} {key.Email} ({org})");
        }

        Console.WriteLine(text.ToString());
    }

    /// <summary>
    /// The keys a seed gave, in plain SQL: the banner prints right after the sandbox is ready, and an EF query would first
    /// start the query compiler (about 0.3 s of CPU) beside the first requests.
    /// </summary>
    private static List<BannerKey> ReadSeedKeys(SqliteConnectionPool pool)
    {
        var connection = pool.Rent();
        try
        {
            using var select = connection.CreateCommand();
            select.CommandText = """
                SELECT k.Key, u.Role, u.Email, u.OrgId FROM ApiKeys k JOIN Users u ON u.Id = k.UserId
                WHERE k.RevokedAt IS NULL AND NOT (substr(k.Key, 1, length($prefix)) = $prefix AND length(k.Key) = $length)
                ORDER BY k.Id LIMIT $limit
                """;
            select.Parameters.AddWithValue("$prefix", ApiKeySecrets.Prefix);
            select.Parameters.AddWithValue("$length", ApiKeySecrets.Length);
            select.Parameters.AddWithValue("$limit", MaxKeysShown);
            using var reader = select.ExecuteReader();
            var keys = new List<BannerKey>();
            while (reader.Read())
            {
                keys.Add(new BannerKey(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt32(3)));
            }

            return keys;
        }
        finally
        {
            pool.Return(connection);
        }
    }

    private sealed record BannerKey(string Key, string Role, string Email, int? OrgId);
}

using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Seed;

/// <summary>
/// An invalid seed stops the real process before it serves anything: a message naming the bad entry on stderr, a non-zero
/// exit code, and no row written.
/// </summary>
public sealed class InvalidSeedTests : IDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"partoo-invalid-seed-{Guid.NewGuid():N}.db");
    private readonly List<string> _files = [];

    public static TheoryData<string, string> InvalidSeeds => new()
    {
        { "malformed JSON", "users[0]" },
        { "organization of an undeclared provider", "organizations[1]" },
        { "duplicate org_id", "organizations[1]" },
        { "business id that is not 24 hexadecimal characters", "businesses[3]" },
        { "group listing a business of another organization", "sections[0].groups[0]" },
        { "group name with a forbidden character", "sections[1].groups[0]" },
        { "group names equal in every letter's case", "sections[0].groups[1]" },
        { "user with an unknown role", "users[0]" },
        { "accesses naming an unknown group", "users[1]" },
        { "api_key used twice", "users[2]" },
    };

    [Theory]
    [MemberData(nameof(InvalidSeeds))]
    public async Task Start_WithInvalidSeed_ExitsNonZeroNamingTheEntryAndWritesNothing(string fault, string entry)
    {
        // Arrange
        var seedPath = AcmeSeed.WriteTempFile(SeedWith(fault));
        _files.Add(seedPath);

        // Act
        var outcome = await SandboxProcess.RunToExitAsync("--db", _databasePath, "--seed", seedPath, "--urls", "http://127.0.0.1:0");

        // Assert
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains(entry, outcome.StandardError, StringComparison.Ordinal);
        if (await SandboxDatabase.HasTableAsync(_databasePath, "Providers"))
        {
            Assert.Equal(0, await SandboxDatabase.ScalarAsync(_databasePath, "SELECT COUNT(*) FROM Providers"));
            Assert.Equal(0, await SandboxDatabase.ScalarAsync(_databasePath, "SELECT COUNT(*) FROM Organizations"));
        }
    }

    public void Dispose()
    {
        SandboxDatabase.Delete(_databasePath);
        foreach (var file in _files)
        {
            File.Delete(file);
        }
    }

    private static string SeedWith(string fault)
    {
        if (fault == "malformed JSON")
        {
            return AcmeSeed.Text.Replace("\"email\": \"admin@acme.example\"", "\"email\" \"admin@acme.example\"", StringComparison.Ordinal);
        }

        var seed = AcmeSeed.Parse();
        var organizations = seed["organizations"]!;
        var sections = seed["sections"]!;
        var users = seed["users"]!;
        switch (fault)
        {
            case "organization of an undeclared provider":
                organizations[1]!["provider"] = "nobody";
                break;
            case "duplicate org_id":
                organizations[1]!["org_id"] = AcmeSeed.Org;
                break;
            case "business id that is not 24 hexadecimal characters":
                seed["businesses"]![3]!["id"] = "bbbbbbbbbbbbbbbbbbbbbb0";
                break;
            case "group listing a business of another organization":
                sections[0]!["groups"]![0]!["business_ids"] = new JsonArray(AcmeSeed.OtherOrgShop);
                break;
            case "group name with a forbidden character":
                sections[1]!["groups"]![0]!["name"] = "Big/Small";
                break;
            case "group names equal in every letter's case":
                sections[0]!["groups"]![0]!["name"] = "École Nord";
                sections[0]!["groups"]![1]!["name"] = "ÉCOLE NORD";
                break;
            case "user with an unknown role":
                users[0]!["role"] = "SUPER_ADMIN";
                break;
            case "accesses naming an unknown group":
                users[1]!["accesses"] = new JsonArray(new JsonArray(799));
                break;
            case "api_key used twice":
                users[2]!["api_key"] = AcmeSeed.AdminKey;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault, "Unknown seed fault.");
        }

        return seed.ToJsonString();
    }
}

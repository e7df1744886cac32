using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.OpenApi;

/// <summary>
/// The served document must equal the committed snapshot openapi/partoo-sandbox.json, so that every change of the public
/// surface shows up in review. With PARTOO_UPDATE_OPENAPI_SNAPSHOT=1 the test rewrites the snapshot instead.
/// </summary>
public sealed class OpenApiSnapshotTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    public const string UpdateVariable = "PARTOO_UPDATE_OPENAPI_SNAPSHOT";
    private const string SnapshotPath = "openapi/partoo-sandbox.json";

    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public async Task Document_AsServed_EqualsTheCommittedSnapshot()
    {
        // Arrange
        var snapshotFile = Path.Combine(TestEnvironment.RepositoryRoot(), SnapshotPath);
        var served = await ServedDocument.GetAsync(sandbox);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(snapshotFile, served.ToJsonString(Pretty) + "\n", TestContext.Current.CancellationToken);
        }

        // Act
        var committed = File.Exists(snapshotFile) ? JsonNode.Parse(await File.ReadAllTextAsync(snapshotFile, TestContext.Current.CancellationToken)) : null;

        // Assert
        Assert.True(
            JsonNode.DeepEquals(committed, served),
            $"The served OpenAPI document differs from {SnapshotPath}. If the change is intended, regenerate the snapshot with{Environment.NewLine}"
            + $"  {UpdateVariable}=1 dotnet test PartooGroups.sln --filter FullyQualifiedName~OpenApiSnapshotTests{Environment.NewLine}"
            + "and commit the file.");
    }
}

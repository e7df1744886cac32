using System.Globalization;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Fuzz;

/// <summary>
/// Model-based fuzzing: generated sequences of section, group and business-filter requests from every role of two
/// providers' organizations, valid and invalid, answered by the sandbox and by <see cref="GroupsModel"/>; every answer
/// (status and body) must agree, and none may be a 5xx. The count, time and seed go to fuzz-summary.txt; a failure
/// prints the seed and step to replay (see <see cref="FuzzSettings"/>).
/// </summary>
public sealed class GroupsModelFuzzTests
{
    [Fact]
    public async Task RandomRequestSequences_AnswerAsTheModel()
    {
        // Arrange
        var settings = FuzzSettings.FromEnvironment();
        var seedFile = FuzzWorld.WriteSeedFile();
        try
        {
            using var sandbox = new SandboxFactory { SeedPath = seedFile };
            var run = new FuzzRun(sandbox, settings);

            // Act
            var disagreement = await run.RunAsync(TestContext.Current.CancellationToken);

            // Assert
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"Model-based fuzzing: {run.RequestsSent} requests in {run.Sequences} sequences, seed {settings.Seed}, "
                + $"{run.Elapsed.TotalSeconds:F1} s, {(disagreement is null ? "all answers agreed with the model" : "a disagreement (see the test output)")}")
                + Environment.NewLine + run.Outcomes() + Environment.NewLine;
            await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "fuzz-summary.txt"), summary, TestContext.Current.CancellationToken);
            TestContext.Current.TestOutputHelper?.WriteLine(summary);
            Assert.True(disagreement is null, disagreement);
        }
        finally
        {
            File.Delete(seedFile);
        }
    }
}

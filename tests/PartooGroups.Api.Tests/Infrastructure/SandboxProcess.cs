using System.Diagnostics;

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>
/// Runs the built sandbox as a real process (<c>dotnet PartooGroups.Api.dll ...</c>), as a person starts it, for what only
/// a process shows: its exit code and what it prints. The dll sits next to the test assembly through the project reference.
/// </summary>
public static class SandboxProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    /// <summary>Starts the sandbox with <paramref name="arguments"/> and waits for it to exit on its own.</summary>
    public static async Task<Outcome> RunToExitAsync(params string[] arguments)
    {
        using var process = Start(arguments, redirectOutput: true);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The sandbox was still running after {Timeout.TotalSeconds} s. Output: {await output}");
        }

        return new Outcome(process.ExitCode, await output, await error);
    }

    /// <summary>Starts the sandbox and leaves it running; disposing the handle kills it.</summary>
    public static Running StartRunning(params string[] arguments) => new(Start(arguments, redirectOutput: false));

    public sealed class Running(Process process) : IDisposable
    {
        /// <summary>
        /// Ends the process at once, as a crash would: <see cref="Process.Kill()"/> sends SIGKILL on Linux and macOS
        /// (TerminateProcess on Windows), so no shutdown code runs. Returns the exit code: 128 + 9 = 137 on Unix.
        /// </summary>
        public int Kill()
        {
            process.Kill();
            process.WaitForExit();
            return process.ExitCode;
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            process.Dispose();
        }
    }

    private static Process Start(string[] arguments, bool redirectOutput)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = redirectOutput,
            RedirectStandardError = redirectOutput,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PartooGroups.Api.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The sandbox process did not start.");
    }

    /// <summary>The dotnet executable running these tests, or the one on the PATH.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}

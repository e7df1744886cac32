using System.Diagnostics;
using System.Text;

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

    /// <summary>Like <see cref="StartRunning"/>, keeping what the process prints in <see cref="Running.Output"/>.</summary>
    public static Running StartCapturing(params string[] arguments)
    {
        var running = new Running(Start(arguments, redirectOutput: true));
        running.CaptureOutput();
        return running;
    }

    public sealed class Running(Process process) : IDisposable
    {
        private readonly StringBuilder _output = new();

        /// <summary>What the process printed so far on standard output and standard error (captured processes only).</summary>
        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        /// <summary>Waits until <c>/health/ready</c> at <paramref name="baseAddress"/> answers 200 (migrations and seed done).</summary>
        public async Task WaitReadyAsync(Uri baseAddress)
        {
            using var http = new HttpClient { BaseAddress = baseAddress };
            var deadline = DateTime.UtcNow + Timeout;
            while (DateTime.UtcNow < deadline && !process.HasExited)
            {
                try
                {
                    using var ready = await http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
                    if (ready.StatusCode == System.Net.HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(20, TestContext.Current.CancellationToken);
            }

            Assert.Fail($"The sandbox at {baseAddress} was not ready within {Timeout.TotalSeconds} s (exited: {process.HasExited}).");
        }

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

        /// <summary>
        /// Stops the process as Ctrl+C or <c>docker stop</c> does, with SIGTERM (sent by the <c>kill</c> command), and
        /// waits for it to exit. Returns the exit code.
        /// </summary>
        public async Task<int> StopAsync()
        {
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
                Assert.Equal(0, kill.ExitCode);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(Timeout);
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode;
        }

        internal void CaptureOutput()
        {
            process.OutputDataReceived += (_, line) => Append(line.Data);
            process.ErrorDataReceived += (_, line) => Append(line.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
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

        private void Append(string? line)
        {
            if (line is not null)
            {
                lock (_output)
                {
                    _output.AppendLine(line);
                }
            }
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

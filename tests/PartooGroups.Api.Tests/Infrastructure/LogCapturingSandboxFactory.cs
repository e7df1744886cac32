using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>
/// The sandbox behind a real socket, with every log entry of every category (Microsoft.AspNetCore, Kestrel,
/// Microsoft.EntityFrameworkCore and ours) down to Trace kept in <see cref="Logs"/>. The sandbox's own EF Core options
/// are left as they are: sensitive data logging stays as the sandbox sets it (off).
/// </summary>
public sealed class LogCapturingSandboxFactory : KestrelSandboxFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Trace)
            .AddFilter<CapturedLogs>(category: null, LogLevel.Trace));
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }
}

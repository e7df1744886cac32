using System.Net;
using System.Net.Sockets;

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>Where the repository is, and a free loopback port, for tests that run real processes or read committed files.</summary>
public static class TestEnvironment
{
    /// <summary>The folder holding PartooGroups.sln, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartooGroups.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PartooGroups.sln above {AppContext.BaseDirectory}.");
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>
/// The sandbox behind a real Kestrel socket on a free loopback port, for what the in-memory TestServer skips:
/// request body limits, many connections at once. Clients get the real <c>http://127.0.0.1:port</c> base address.
/// </summary>
public class KestrelSandboxFactory : SandboxFactory
{
    public KestrelSandboxFactory() => UseKestrel(0);
}

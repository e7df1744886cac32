using PartooGroups.Testing;

namespace PartooGroups.SwaggerUi.Tests;

/// <summary>The sandbox with its demo data on a real loopback socket, where a browser can reach it.</summary>
public sealed class SocketSandbox : PartooSandbox
{
    public override bool ServesOnSocket => true;
}

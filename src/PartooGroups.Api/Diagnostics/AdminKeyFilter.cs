using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PartooGroups.Api.Errors;

namespace PartooGroups.Api.Diagnostics;

/// <summary>Lets a <c>/_sandbox</c> request through only with the configured admin key in <c>x-Sandbox-Admin-Key</c>.</summary>
internal sealed class AdminKeyFilter(IOptions<DiagnosticsOptions> options) : IEndpointFilter
{
    public const string HeaderName = "x-Sandbox-Admin-Key";

    private readonly byte[] _expected = Encoding.UTF8.GetBytes(options.Value.AdminKey);

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var given = context.HttpContext.Request.Headers[HeaderName];
        return given.Count == 1 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given[0] ?? ""), _expected)
            ? next(context)
            : ValueTask.FromResult<object?>(PartooError.Unauthenticated());
    }
}

using System.Security.Cryptography;

namespace PartooGroups.Api.Users;

/// <summary>API key secrets: a recognisable prefix and 128 random bits in lowercase hexadecimal.</summary>
public static class ApiKeySecrets
{
    public const string Prefix = "sandbox-";

    public static string New() => Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}

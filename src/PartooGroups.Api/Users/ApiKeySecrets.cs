using System.Security.Cryptography;

namespace PartooGroups.Api.Users;

/// <summary>API key secrets: a recognisable prefix and 128 random bits in lowercase hexadecimal.</summary>
public static class ApiKeySecrets
{
    public const string Prefix = "sandbox-";

    private const int SecretBytes = 16;

    /// <summary>The length of every minted key: the prefix and two hexadecimal digits a byte.</summary>
    public static readonly int Length = Prefix.Length + (2 * SecretBytes);

    public static string New() => Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretBytes));
}

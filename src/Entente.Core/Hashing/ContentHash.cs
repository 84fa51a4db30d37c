using System.Security.Cryptography;
using System.Text;

namespace Entente.Core.Hashing;

/// <summary>SHA-256 content hashes in lower-case hex: the identity of sources and claims.</summary>
public static class ContentHash
{
    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }

    public static string Of(Stream stream) => Convert.ToHexStringLower(SHA256.HashData(stream));
}

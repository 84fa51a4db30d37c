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

    /// <summary>
    /// The id of an analyst's record (a verdict, a rating, an override): a prefix and the first 24 hex digits of the hash
    /// of its fields joined by the unit separator (a null field is empty), so the same record made twice is stored once.
    /// </summary>
    public static string RecordId(string prefix, params string?[] fields) => prefix + Of(string.Join('\u001f', fields))[..24];

    /// <summary>A record's moment as its id hashes it: the round-trip ("O") form.</summary>
    public static string Moment(DateTimeOffset at) => at.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}

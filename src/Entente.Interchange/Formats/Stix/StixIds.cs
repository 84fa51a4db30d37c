using System.Security.Cryptography;
using System.Text;

namespace Entente.Interchange.Formats.Stix;

/// <summary>
/// Deterministic STIX ids: "type--" and a name-based UUID version 5 (RFC 9562) of our own id, so the
/// same claim or entity exports to the same STIX id every time.
/// </summary>
public static class StixIds
{
    // Our namespace UUID for STIX ids (randomly drawn once, fixed forever).
    private static readonly Guid Namespace = new("6c9b1f0e-3a52-4e0b-9a7e-2f1d5c8b4a10");

    public static string For(string stixType, string ourId) => stixType + "--" + Uuid5(ourId);

    public static Guid Uuid5(string name)
    {
        var ns = Namespace.ToByteArray(bigEndian: true);
        var bytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[ns.Length + bytes.Length];
        ns.CopyTo(input, 0);
        bytes.CopyTo(input, ns.Length);
#pragma warning disable CA5350 // SHA-1 is what UUID version 5 is defined with; it is not used for security here.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Entente.Web.Security;

/// <summary>The workbench's access token: generated from a CSPRNG when needed, compared in constant time.</summary>
public sealed class AccessToken(string? value)
{
    public const string HeaderName = "X-Entente-Token";

    public string? Value { get; } = string.IsNullOrEmpty(value) ? null : value;

    public bool IsSet => Value is not null;

    public bool Matches(string? presented) =>
        Value is not null && presented is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Value), Encoding.UTF8.GetBytes(presented));

    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    /// <summary>The token to use: the given one, else a generated one when the address is reachable from elsewhere.</summary>
    public static AccessToken For(string host, string? given) =>
        new(!string.IsNullOrEmpty(given) ? given : ListenAddress.IsLoopback(host) ? null : Generate());
}

using System.Runtime.CompilerServices;

namespace Entente.Core.Hashing;

/// <summary>
/// Three strings compared by identity: a cache key that costs no hashing of text, for callers handed one string instance
/// per distinct text (a store's readers, a sentence's mentions).
/// </summary>
public sealed class SameStrings : IEqualityComparer<(string, string, string)>
{
    public static SameStrings Instance { get; } = new();

    public bool Equals((string, string, string) x, (string, string, string) y) =>
        ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2) && ReferenceEquals(x.Item3, y.Item3);

    public int GetHashCode((string, string, string) key) =>
        HashCode.Combine(RuntimeHelpers.GetHashCode(key.Item1), RuntimeHelpers.GetHashCode(key.Item2), RuntimeHelpers.GetHashCode(key.Item3));
}

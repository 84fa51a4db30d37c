using System.Runtime.CompilerServices;

namespace Entente.Extraction.Lexicons;

/// <summary>
/// One bit per bucket of word hashes, about eight buckets per word: says "surely absent" for most words that are not
/// in a table. Not generic on purpose: the tables are generic over reference types, whose shared code pays a runtime
/// lookup on each call, and the absent word (the usual case) should be turned away before any such call.
/// </summary>
public sealed class WordFilter
{
    private readonly ulong[] _bits;
    private readonly int _shift;

    public WordFilter(IReadOnlyCollection<int> keys)
    {
        var bits = 64;
        while (bits < keys.Count * 8) bits *= 2;
        _bits = new ulong[bits / 64];
        _shift = 32 - int.Log2(bits);
        foreach (var key in keys)
        {
            var bit = Bit(key);
            _bits[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    /// <summary>False when no word with this hash was added; true when one may have been.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(int key)
    {
        var bit = Bit(key);
        return (_bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    /// <summary>The bit of a key, from its high bits after a multiply, so it does not repeat the table's slot index.</summary>
    private uint Bit(int key) => ((uint)key * 0x9E3779B9u) >> _shift;
}

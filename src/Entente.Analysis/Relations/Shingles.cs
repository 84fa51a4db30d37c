namespace Entente.Analysis.Relations;

/// <summary>
/// Word shingles of an evidence text and their Jaccard similarity, plus a MinHash signature whose bands
/// find candidate near-duplicates without comparing every pair. Hashes are FNV-1a so runs are repeatable.
/// </summary>
public static class Shingles
{
    public const int Width = 3;
    public const int Bands = 8;
    public const int Rows = 2;

    /// <summary>The set of hashed word 3-grams (lower-cased letters and digits); a shorter text is one shingle.</summary>
    public static HashSet<ulong> Of(string text)
    {
        var words = WordHashes(text);
        var set = new HashSet<ulong>();
        if (words.Count < Width)
        {
            var h = 0UL;
            foreach (var w in words) h = Mix(h ^ w, 3);
            if (words.Count > 0) set.Add(h);
            return set;
        }
        for (var i = 0; i + Width <= words.Count; i++) set.Add(Mix(Mix(Mix(words[i], 0) ^ words[i + 1], 1) ^ words[i + 2], 2));
        return set;
    }

    public static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        var inter = a.Count(b.Contains);
        return (double)inter / (a.Count + b.Count - inter);
    }

    /// <summary>One key per band of the MinHash signature; two texts sharing a key are candidates.</summary>
    public static ulong[] BandKeys(HashSet<ulong> shingles)
    {
        var sig = new ulong[Bands * Rows];
        Array.Fill(sig, ulong.MaxValue);
        foreach (var s in shingles)
            for (var i = 0; i < sig.Length; i++)
                sig[i] = Math.Min(sig[i], Mix(s, (ulong)i));
        var keys = new ulong[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var k = (ulong)b * 0x9E3779B97F4A7C15UL;
            for (var r = 0; r < Rows; r++) k = Mix(k ^ sig[b * Rows + r], 7);
            keys[b] = k;
        }
        return keys;
    }

    /// <summary>FNV-1a hashes of the lower-cased words (runs of letters and digits), without allocating strings.</summary>
    private static List<ulong> WordHashes(string text)
    {
        var words = new List<ulong>();
        var h = 14695981039346656037UL;
        var inWord = false;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                h ^= char.ToLowerInvariant(ch);
                h *= 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(h);
                h = 14695981039346656037UL;
                inWord = false;
            }
        }
        if (inWord) words.Add(h);
        return words;
    }

    // A 64-bit finalizer (splitmix) turning one hash into a family of independent-looking ones.
    private static ulong Mix(ulong x, ulong seed)
    {
        x += 0x9E3779B97F4A7C15UL * (seed + 1);
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}

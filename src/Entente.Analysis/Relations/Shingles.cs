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

    /// <summary>
    /// The set of hashed word 3-grams (lower-cased letters and digits), sorted and distinct; a shorter text is
    /// one shingle. A sorted array rather than a hash set: Jaccard becomes one merge with no hashing.
    /// </summary>
    public static ulong[] Of(string text)
    {
        var words = WordHashes(text);
        if (words.Count < Width)
        {
            var h = 0UL;
            foreach (var w in words) h = Mix(h ^ w, 3);
            return words.Count > 0 ? [h] : [];
        }
        var set = new ulong[words.Count - Width + 1];
        for (var i = 0; i + Width <= words.Count; i++) set[i] = Mix(Mix(Mix(words[i], 0) ^ words[i + 1], 1) ^ words[i + 2], 2);
        Array.Sort(set);
        var n = 0;
        for (var i = 0; i < set.Length; i++)
            if (n == 0 || set[i] != set[n - 1]) set[n++] = set[i];
        return n == set.Length ? set : set[..n];
    }

    public static double Jaccard(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 && b.Length == 0) return 1;
        var inter = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else (inter, i, j) = (inter + 1, i + 1, j + 1);
        }
        return (double)inter / (a.Length + b.Length - inter);
    }

    /// <summary>One key per band of the MinHash signature; two texts sharing a key are candidates.</summary>
    public static ulong[] BandKeys(ulong[] shingles)
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

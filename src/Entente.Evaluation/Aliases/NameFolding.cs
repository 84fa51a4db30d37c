using System.Globalization;
using System.Text;

namespace Entente.Evaluation;

/// <summary>
/// What score.py's norm() makes of each non-ASCII code point (NFKD, combining marks dropped, lower case), read
/// from the embedded table Aliases/name-folding.tsv that Aliases/make-name-folding.py writes from Python's
/// unicodedata. .NET cannot fold these itself here: with invariant globalization string.Normalize leaves
/// non-ASCII text unchanged. The folded form keeps a-z, 0-9 and the apostrophe; white space becomes ' ' and
/// any other character '_', which the rest of norm() treats alike.
/// </summary>
internal static class NameFolding
{
    private const string Resource = "name-folding.tsv";

    private static readonly (int First, int Last, string Folded)[] Ranges = Load();

    /// <summary>Appends the folded form of a code point; ASCII letters are lower-cased, other ASCII kept.</summary>
    public static void Append(StringBuilder into, Rune rune)
    {
        if (rune.IsAscii)
        {
            var c = (char)rune.Value;
            into.Append(c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c);
            return;
        }
        int lo = 0, hi = Ranges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Ranges[mid].Last < rune.Value) lo = mid + 1;
            else if (Ranges[mid].First > rune.Value) hi = mid - 1;
            else
            {
                into.Append(Ranges[mid].Folded);
                return;
            }
        }
        into.Append('_');
    }

    private static (int, int, string)[] Load()
    {
        var asm = typeof(NameFolding).Assembly;
        using var stream = asm.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in {asm.GetName().Name}");
        using var reader = new StreamReader(stream);
        var ranges = new List<(int, int, string)>();
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.StartsWith('#') || line.Length == 0) continue;
            var cols = line.Split('\t');
            if (cols.Length != 3
                || !int.TryParse(cols[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var first)
                || !int.TryParse(cols[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var last)
                || (ranges.Count > 0 && first <= ranges[^1].Item2) || last < first)
                throw new FormatException($"{Resource}:{n}: expected first and last hex code point (ascending) and the folded form");
            ranges.Add((first, last, Decode(cols[2])));
        }
        return [.. ranges];
    }

    private static string Decode(string folded) => folded == "-" ? "" : folded.Replace('+', ' ');
}

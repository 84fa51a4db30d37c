using System.Globalization;
using System.Text;

namespace Entente.Extraction.Normalization;

/// <summary>
/// Makes text plain so that rules need to know one spelling of each mark: straight quotes, "-" for
/// every dash, one kind of space, "..." for the ellipsis, no zero-width characters, "\n" line ends,
/// and NFC composition. Every output character remembers the original offset it came from.
/// </summary>
public static class TextNormalizer
{
    public static NormalizedText Normalize(string original)
    {
        // Most documents are plain already: the same string with the identity map, nothing copied.
        var plain = 0;
        while (plain < original.Length && IsPlain(original, plain)) plain++;
        if (plain == original.Length) return new NormalizedText(original, OffsetMap.Identity);
        var sb = new StringBuilder(original.Length);
        var map = new OffsetMap.Builder();
        var i = 0;
        while (i < original.Length)
        {
            // Runs of plain ASCII are copied whole: their offsets shift by one constant.
            var start = i;
            while (i < original.Length && IsPlain(original, i)) i++;
            if (i > start)
            {
                sb.Append(original, start, i - start);
                map.Run(start, i - start);
            }
            if (i < original.Length) i = Special(original, i, sb, map);
        }
        return new NormalizedText(sb.ToString(), map.Build(original.Length));
    }

    /// <summary>
    /// A tab or newline, or printable ASCII not followed by a combining mark (anything from U+0300 on might be one, and
    /// would compose with it). A tab or newline composes with nothing, so it is plain whatever follows: a line end
    /// before a curly quote ("\n“So-called …") once went to the special path and was dropped as a control character,
    /// and the paragraph after it ran into the one before.
    /// </summary>
    private static bool IsPlain(string s, int i)
    {
        var c = s[i];
        return c is '\n' or '\t' || c is >= ' ' and < (char)0x80 && (i + 1 >= s.Length || s[i + 1] < 0x300);
    }

    /// <summary>Normalizes a short value such as a title, without keeping a map.</summary>
    public static string Plain(string value) => Normalize(value).Text.Trim();

    private static int Special(string s, int i, StringBuilder sb, OffsetMap.Builder map)
    {
        var c = s[i];
        if (c == '\r')
        {
            Emit(sb, map, '\n', i);
            return i + 1 < s.Length && s[i + 1] == '\n' ? i + 2 : i + 1;
        }
        if (Replacement(c) is { } r)
        {
            foreach (var ch in r) Emit(sb, map, ch, i);
            return i + 1;
        }
        if (char.IsControl(c)) return i + 1;
        return Cluster(s, i, sb, map);
    }

    /// <summary>What a typographic character becomes: null to keep it, "" to drop it.</summary>
    private static string? Replacement(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => "'",
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => "\"",
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => "-",
        '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' => " ",
        '\u2026' => "...",
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => "",
        '\u2028' or '\u2029' or '\u0085' => "\n",
        _ => null,
    };

    /// <summary>
    /// A base character (or surrogate pair) with its combining marks, composed as NFC would compose it.
    /// string.Normalize cannot be used: in invariant globalization mode it leaves text unchanged.
    /// </summary>
    private static int Cluster(string s, int i, StringBuilder sb, OffsetMap.Builder map)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            Emit(sb, map, s[i], i);
            Emit(sb, map, s[i + 1], i + 1);
            return i + 2;
        }
        Emit(sb, map, CanonicalCompositions.Canonical(s[i]), i);
        var composing = true;
        var k = i + 1;
        for (; k < s.Length && IsCombining(s[k]); k++)
        {
            // A mark composes with the base unless an earlier mark that did not compose stands between them.
            if (composing && CanonicalCompositions.Compose(sb[^1], s[k]) is { } composed)
            {
                sb[^1] = composed;
                continue;
            }
            composing = false;
            Emit(sb, map, s[k], k);
        }
        return k;
    }

    private static bool IsCombining(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static void Emit(StringBuilder sb, OffsetMap.Builder map, char c, int originalOffset)
    {
        sb.Append(c);
        map.Next(originalOffset);
    }
}

using System.Globalization;
using Entente.Extraction.Lexicons;

namespace Entente.Training.Lexical;

/// <summary>A lemma's line of index.verb or index.noun: its senses' synsets, most frequent first, and how many were seen tagged.</summary>
public sealed record IndexEntry(string Lemma, IReadOnlyList<int> Senses, int TaggedSenses);

/// <summary>
/// Parses the lines of WordNet's database files (the wndb(5) format): data.verb and data.noun, index.verb and
/// index.noun, verb.exc and noun.exc. Each parse checks the counts a line declares against the fields it has,
/// so a cut-short or garbled line fails with its file and line instead of yielding a wrong synset.
/// </summary>
public static class WordNetLines
{
    /// <summary>The licence and header lines every data and index file opens with start with two spaces.</summary>
    public static bool IsHeader(string line) => line.StartsWith("  ", StringComparison.Ordinal);

    /// <summary>
    /// "offset lex_filenum ss_type w_cnt word lex_id … p_cnt pointer_symbol offset pos source/target … [frames] | gloss".
    /// </summary>
    public static Synset ParseSynset(string line, PartOfSpeech pos, string path, int lineNumber)
    {
        Exception Bad(string reason) => LexiconBuildException.AtLine(path, lineNumber, reason);
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        if (bar < 0) throw Bad("no ' | ' before a gloss: the line is cut short or is not a synset");
        var f = line[..bar].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length < 6) throw Bad($"a synset needs at least 6 fields before its gloss, found {f.Length}");
        var offset = Offset(f[0], Bad);
        var lexFile = Decimal(f[1], "lexicographer file number", Bad);
        var type = f[2];
        if (type != Code(pos))
            throw Bad($"synset type '{type}' in a {pos.ToId()} file");
        var wordCount = Hex(f[3], "word count", Bad);
        var at = 4;
        if (f.Length < at + 2 * wordCount + 1) throw Bad($"declares {wordCount} words but has fields for fewer");
        var words = new string[wordCount];
        for (var i = 0; i < wordCount; i++, at += 2) words[i] = f[at].ToLowerInvariant();
        var pointerCount = Decimal(f[at++], "pointer count", Bad);
        if (f.Length < at + 4 * pointerCount) throw Bad($"declares {pointerCount} pointers but has fields for {(f.Length - at) / 4}");
        var pointers = new List<SynsetPointer>(pointerCount);
        for (var i = 0; i < pointerCount; i++, at += 4)
        {
            var target = Offset(f[at + 1], Bad);
            var st = f[at + 3];
            if (st.Length != 4 || !int.TryParse(st, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var sourceTarget))
                throw Bad($"pointer {i + 1}: source/target '{st}' is not four hex digits");
            var targetPos = f[at + 2] switch
            {
                "n" => PartOfSpeech.Noun,
                "v" => PartOfSpeech.Verb,
                "a" or "s" or "r" => (PartOfSpeech?)null,
                var other => throw Bad($"pointer {i + 1}: part of speech '{other}' is not n, v, a, s or r"),
            };
            if (targetPos is { } tp) pointers.Add(new SynsetPointer(f[at], new SynsetId(tp, target), sourceTarget >> 8, sourceTarget & 0xff));
        }
        return new Synset(new SynsetId(pos, offset), lexFile, words, pointers, path, lineNumber);
    }

    /// <summary>
    /// "lemma pos synset_cnt p_cnt [ptr_symbol …] sense_cnt tagsense_cnt synset_offset …": the senses most frequent
    /// first, and how many of them the tagged corpus attests (0: their order says nothing about frequency).
    /// </summary>
    public static IndexEntry ParseIndexEntry(string line, PartOfSpeech pos, string path, int lineNumber)
    {
        Exception Bad(string reason) => LexiconBuildException.AtLine(path, lineNumber, reason);
        var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length < 6) throw Bad($"an index entry needs at least 6 fields, found {f.Length}");
        if (f[1] != Code(pos)) throw Bad($"part of speech '{f[1]}' in a {pos.ToId()} index");
        var synsetCount = Decimal(f[2], "synset count", Bad);
        var pointerCount = Decimal(f[3], "pointer count", Bad);
        var first = 4 + pointerCount + 2;
        if (f.Length != first + synsetCount)
            throw Bad($"declares {synsetCount} senses and {pointerCount} pointer kinds, so {first + synsetCount} fields, but has {f.Length}");
        var tagged = Decimal(f[first - 1], "tagged sense count", Bad);
        var senses = new int[synsetCount];
        for (var i = 0; i < synsetCount; i++) senses[i] = Offset(f[first + i], Bad);
        return new IndexEntry(f[0], senses, tagged);
    }

    /// <summary>"form lemma [lemma …]": an inflected form the regular rules do not undo, and the lemmas it belongs to.</summary>
    public static (string Form, string[] Lemmas) ParseExceptionEntry(string line, string path, int lineNumber)
    {
        var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length < 2) throw LexiconBuildException.AtLine(path, lineNumber, "an exception needs a form and at least one lemma");
        return (f[0], f[1..]);
    }

    /// <summary>The letter a part of speech has in the files: "v", "n".</summary>
    public static string Code(PartOfSpeech pos) => pos == PartOfSpeech.Verb ? "v" : "n";

    private static int Offset(string field, Func<string, Exception> bad) =>
        field.Length == 8 && int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw bad($"'{field}' is not an 8-digit synset offset");

    private static int Hex(string field, string what, Func<string, Exception> bad) =>
        int.TryParse(field, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v) ? v : throw bad($"{what} '{field}' is not hexadecimal");

    private static int Decimal(string field, string what, Func<string, Exception> bad) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : throw bad($"{what} '{field}' is not a whole number");
}

using System.Text;
using Entente.Extraction.Lexicons;

namespace Entente.Training.Lexical;

/// <summary>
/// The verb and noun parts of a WordNet 3.0 database directory (Debian's wordnet-base installs it at
/// /usr/share/wordnet): synsets from data.*, each lemma's senses in frequency order from index.*, and the
/// irregular forms from *.exc. Read whole and checked: every pointer and every sense must name a synset.
/// </summary>
public sealed class WordNetDatabase
{
    /// <summary>The files read, per part of speech; others in the directory (adjectives, adverbs, sentence frames) are not needed.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["data.verb", "index.verb", "verb.exc", "data.noun", "index.noun", "noun.exc"];

    private readonly Dictionary<SynsetId, Synset> _synsets = [];
    private readonly Dictionary<PartOfSpeech, SortedDictionary<string, IndexEntry>> _index = [];
    private readonly Dictionary<PartOfSpeech, List<(string Form, string Lemma)>> _exceptions = [];

    private WordNetDatabase()
    {
    }

    /// <summary>The licence notice the data files open with (WordNet 3.0's requires it on every copy, derived tables too).</summary>
    public IReadOnlyList<string> Licence { get; private set; } = [];

    public static WordNetDatabase Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new LexiconBuildException($"WordNet directory '{directory}' does not exist (Debian's wordnet-base installs one at /usr/share/wordnet)");
        foreach (var name in FileNames)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
                throw new LexiconBuildException($"{path} is missing: a WordNet 3.0 directory holds {string.Join(", ", FileNames)}");
        }
        var db = new WordNetDatabase();
        foreach (var pos in new[] { PartOfSpeech.Verb, PartOfSpeech.Noun })
        {
            var name = pos.ToId();
            db.ReadData(Path.Combine(directory, "data." + name), pos);
            db.ReadIndex(Path.Combine(directory, "index." + name), pos);
            db.ReadExceptions(Path.Combine(directory, name + ".exc"), pos);
        }
        db.CheckPointers();
        return db;
    }

    public Synset this[SynsetId id] => _synsets[id];

    public bool TryGet(SynsetId id, out Synset synset) => _synsets.TryGetValue(id, out synset!);

    /// <summary>Every lemma of the part of speech with its senses, in ordinal order of lemma.</summary>
    public IEnumerable<IndexEntry> Lemmas(PartOfSpeech pos) => _index[pos].Values;

    /// <summary>The synsets of a lemma's senses, most frequent first; empty if WordNet lacks the lemma.</summary>
    public IReadOnlyList<int> Senses(PartOfSpeech pos, string lemma) => _index[pos].TryGetValue(lemma, out var e) ? e.Senses : [];

    /// <summary>The irregular forms of the part of speech (form, lemma), as the exception file lists them.</summary>
    public IReadOnlyList<(string Form, string Lemma)> Exceptions(PartOfSpeech pos) => _exceptions[pos];

    private void ReadData(string path, PartOfSpeech pos)
    {
        var licence = new List<string>();
        var n = 0;
        foreach (var line in File.ReadLines(path, Encoding.Latin1))
        {
            n++;
            if (WordNetLines.IsHeader(line))
            {
                licence.Add(LicenceText(line));
                continue;
            }
            var synset = WordNetLines.ParseSynset(line, pos, path, n);
            if (!_synsets.TryAdd(synset.Id, synset))
                throw LexiconBuildException.AtLine(path, n, $"synset {synset.Id.Offset:D8} appears twice");
        }
        if (pos == PartOfSpeech.Verb) Licence = licence;
    }

    private void ReadIndex(string path, PartOfSpeech pos)
    {
        var lemmas = new SortedDictionary<string, IndexEntry>(StringComparer.Ordinal);
        var n = 0;
        foreach (var line in File.ReadLines(path, Encoding.Latin1))
        {
            n++;
            if (WordNetLines.IsHeader(line)) continue;
            var entry = WordNetLines.ParseIndexEntry(line, pos, path, n);
            foreach (var offset in entry.Senses)
                if (!_synsets.ContainsKey(new SynsetId(pos, offset)))
                    throw LexiconBuildException.AtLine(path, n, $"'{entry.Lemma}' has a sense in synset {offset:D8}, which data.{pos.ToId()} lacks");
            if (!lemmas.TryAdd(entry.Lemma, entry)) throw LexiconBuildException.AtLine(path, n, $"'{entry.Lemma}' is indexed twice");
        }
        _index[pos] = lemmas;
    }

    private void ReadExceptions(string path, PartOfSpeech pos)
    {
        var list = new List<(string, string)>();
        var n = 0;
        foreach (var line in File.ReadLines(path, Encoding.Latin1))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (form, lemmas) = WordNetLines.ParseExceptionEntry(line, path, n);
            foreach (var lemma in lemmas) list.Add((form, lemma));
        }
        _exceptions[pos] = list;
    }

    private void CheckPointers()
    {
        foreach (var synset in _synsets.Values)
            foreach (var p in synset.Pointers)
                if (!_synsets.ContainsKey(p.Target))
                    throw LexiconBuildException.AtLine(synset.Path, synset.Line, $"a '{p.Symbol}' pointer names synset {p.Target.Offset:D8} ({p.Target.Pos.ToId()}), which is not in the database");
    }

    /// <summary>"  12 use or for distribution.  " → "use or for distribution.": the header's own line numbers are dropped.</summary>
    private static string LicenceText(string line)
    {
        var s = line.TrimStart();
        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return s[i..].Trim();
    }
}

using System.Security.Cryptography;
using System.Text;
using Entente.Extraction.Lexicons;

namespace Entente.Training.Lexical;

/// <summary>The tables one build made, and what they were made from (for their headers).</summary>
public sealed record LexiconBuild(IReadOnlyList<LexicalRow> Rows, IReadOnlyList<LemmaRow> Lemmas, IReadOnlyList<string> Licence, string SeedName, string SeedDigest);

/// <summary>
/// Builds the lexical tables extraction ships from a WordNet 3.0 directory and the seed file: expands each class
/// from its seeds, classifies the lemmas behind the polysemy guard, inflects them, and writes
/// lexical-classes.tsv and lemmas.tsv. The same WordNet files and seeds give byte-identical tables.
/// </summary>
public static class LexiconBuilder
{
    /// <summary>The command that makes the shipped tables, as their headers state it.</summary>
    public const string Command = "entente lexicon build --wordnet /usr/share/wordnet --out src/Entente.Extraction/Lexicons";

    public static LexiconBuild Build(string wordNetDirectory, string seedText, string seedName)
    {
        var seeds = LexicalSeeds.Parse(seedText, seedName);
        var wordNet = WordNetDatabase.Load(wordNetDirectory);
        var classes = ClassExpansion.Expand(wordNet, seeds, seedName);
        var irregular = IrregularForms(wordNet);
        var best = new Dictionary<(string Form, PartOfSpeech Pos, LexicalClass Class), LexicalRow>();
        foreach (var c in LemmaClassifier.Classify(wordNet, classes))
        {
            var forms = Inflections.Of(c.Lemma, c.Pos, irregular.TryGetValue((c.Pos, c.Lemma), out var f) ? f : []);
            foreach (var form in forms)
            {
                var row = new LexicalRow(form, c.Lemma, c.Pos, c.Class, c.Hops);
                var key = (form, c.Pos, c.Class);
                // Two lemmas with one form in one class ("found" of find and of found): the nearer, then the first by name.
                if (!best.TryGetValue(key, out var had) || row.Hops < had.Hops || (row.Hops == had.Hops && string.CompareOrdinal(row.Lemma, had.Lemma) < 0))
                    best[key] = row;
            }
        }
        var rows = best.Values.Order(LexicalRow.TableOrder).ToList();
        var lemmas = irregular
            .SelectMany(e => e.Value.Select(form => new LemmaRow(form, e.Key.Lemma, e.Key.Pos)))
            .Order(LemmaRow.TableOrder).ToList();
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seedText)))[..16];
        return new LexiconBuild(rows, lemmas, wordNet.Licence, seedName, digest);
    }

    /// <summary>Writes both tables into the directory; returns their paths.</summary>
    public static (string Classes, string Lemmas) Write(LexiconBuild build, string directory)
    {
        Directory.CreateDirectory(directory);
        var classes = Path.Combine(directory, LexicalClasses.FileName);
        var lemmas = Path.Combine(directory, IrregularLemmas.FileName);
        File.WriteAllText(classes, ClassesText(build), Utf8);
        File.WriteAllText(lemmas, LemmasText(build), Utf8);
        return (classes, lemmas);
    }

    public static string ClassesText(LexiconBuild build)
    {
        var sb = Header(build, LexicalClasses.FileName,
            "the lexical classes of English verb and noun forms: which kind of act each names, and how many WordNet links (troponym, hyponym, derived form) from a seed sense of that class.",
            $"A lemma takes a class when one of its first {LemmaClassifier.FirstSenses} senses is in the class. One row per (form, pos, class).",
            LexicalClasses.Columns);
        foreach (var row in build.Rows) sb.Append(row.ToLine()).Append('\n');
        return sb.ToString();
    }

    public static string LemmasText(LexiconBuild build)
    {
        var sb = Header(build, IrregularLemmas.FileName,
            "the lemmas of English verb and noun forms that the regular rules (-s, -es, -ies, -ed, -ing) do not undo.",
            "From WordNet's exception lists (verb.exc, noun.exc): single-word forms and lemmas only.",
            IrregularLemmas.Columns);
        foreach (var row in build.Lemmas) sb.Append(row.ToLine()).Append('\n');
        return sb.ToString();
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Each lemma's irregular forms (single words, none equal to the lemma), in ordinal order.</summary>
    private static Dictionary<(PartOfSpeech Pos, string Lemma), IReadOnlyList<string>> IrregularForms(WordNetDatabase wordNet)
    {
        var forms = new Dictionary<(PartOfSpeech, string), IReadOnlyList<string>>();
        foreach (var pos in new[] { PartOfSpeech.Verb, PartOfSpeech.Noun })
            foreach (var g in wordNet.Exceptions(pos)
                         .Where(e => e.Form != e.Lemma && LemmaClassifier.IsSingleWord(e.Form) && LemmaClassifier.IsSingleWord(e.Lemma)
                                     && wordNet.Senses(pos, e.Lemma).Count > 0)
                         .GroupBy(e => e.Lemma))
                forms[(pos, g.Key)] = g.Select(e => e.Form).Distinct().Order(StringComparer.Ordinal).ToList();
        return forms;
    }

    private static StringBuilder Header(LexiconBuild build, string file, string what, string how, IReadOnlyList<string> columns)
    {
        var sb = new StringBuilder();
        void Line(string text) => sb.Append(("# " + text).TrimEnd()).Append('\n');
        Line($"{file}: {what}");
        Line(how);
        Line("Derived from WordNet 3.0 (Princeton University; Debian's wordnet-base package) by");
        Line("  " + Command);
        Line($"with the seeds in {build.SeedName} (sha256 {build.SeedDigest}…). Do not edit: change the seeds and rebuild.");
        Line("WordNet's licence permits using, copying, modifying and distributing the database, and work derived from it,");
        Line("with its copyright notice and statements, which follow.");
        Line("");
        foreach (var l in build.Licence) Line(l);
        Line("");
        Line(string.Join('\t', columns));
        return sb;
    }
}

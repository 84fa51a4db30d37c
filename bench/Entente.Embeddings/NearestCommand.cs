using System.Text;

namespace Entente.Embeddings;

/// <summary>
/// Stage two of the try, a training-time use: embed each trigger phrase of each relation and each word of a text
/// vocabulary, and list per relation the words nearest any of its triggers (cosine), marking what the WordNet table
/// already says of each. The point is to see whether embeddings reach words WordNet misses, and whether their
/// neighbours are relations or merely topics, before anyone derives a table from them.
/// </summary>
public static class NearestCommand
{
    public static int Run(CommandLineOptions options)
    {
        if (options.Positional.Count != 3)
        {
            Console.Error.WriteLine("usage: nearest TRIGGERS.tsv LEXICAL-CLASSES.tsv TEXT_DIR [--top N] [--min-count N] [--probe w1,w2,…] [--template \"They {0} them.\"]");
            return 2;
        }
        var triggers = RelationTriggers.Read(options.Positional[0]);
        var classes = LexicalClassTable.Read(options.Positional[1]);
        var vocabulary = TextVocabulary.Read(options.Positional[2], options.Int("--min-count", 2));
        var probes = options.Text("--probe")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var top = options.Int("--top", 12);

        using var encoder = MiniLmEncoder.CreateSingleThreaded();
        // A template ("They {0} them.") embeds each word and trigger inside the same short frame of our own, so that a
        // verb is read as a verb rather than as a bare string; without one each is embedded alone.
        var template = options.Text("--template") ?? "{0}";
        var triggerVectors = MiniLmEncoder.EncodeInBatches(encoder, [.. triggers.Select(t => string.Format(template, t.Phrase))], 64);
        var words = vocabulary.Union(probes, StringComparer.Ordinal).ToList();
        var wordVectors = MiniLmEncoder.EncodeInBatches(encoder, [.. words.Select(w => string.Format(template, w))], 64);
        var nearest = new TriggerNeighbours(triggers, triggerVectors);

        Console.WriteLine($"{triggers.Count} trigger phrases of {triggers.Select(t => t.Relation).Distinct().Count()} relations; " +
            $"{words.Count} words ({vocabulary.Count} from the texts, seen at least {options.Int("--min-count", 2)} times)");
        var triggerPhrases = triggers.Select(t => t.Phrase).ToHashSet(StringComparer.Ordinal);
        var best = words.Select((w, i) => (Word: w, Match: nearest.Best(wordVectors[i])))
            .Where(x => !triggerPhrases.Contains(x.Word)).ToList();
        foreach (var relation in triggers.Select(t => t.Relation).Distinct().Order(StringComparer.Ordinal))
        {
            var line = new StringBuilder($"{relation}:");
            foreach (var x in best.Where(x => x.Match.Relation == relation).OrderByDescending(x => x.Match.Cosine).Take(top))
                line.Append($" {x.Word} ({x.Match.Cosine:0.00} ~{x.Match.Phrase}; {WordNetSays(classes, x.Word)})");
            Console.WriteLine(line);
        }
        Console.WriteLine("probes (nearest trigger other than the word itself, as if the lexicon lacked it):");
        foreach (var probe in probes)
        {
            var vector = wordVectors[words.IndexOf(probe)];
            var m = nearest.BestOther(vector, probe);
            var own = triggers.Where(t => t.Phrase == probe).Select(t => t.Relation).FirstOrDefault();
            Console.WriteLine($"  {probe}: {m.Relation} {m.Cosine:0.00} ~{m.Phrase}; runner-up {nearest.RunnerUp(vector, m.Relation, probe)}; " +
                $"{WordNetSays(classes, probe)}; {(own is null ? "not a trigger" : "a trigger of " + own)}");
        }
        return 0;
    }

    private static string WordNetSays(Dictionary<string, SortedSet<string>> classes, string word) =>
        classes.TryGetValue(word, out var c) ? "wordnet " + string.Join('/', c) : "not in wordnet table";
}

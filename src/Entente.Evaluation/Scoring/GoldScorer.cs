using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Extraction.Sentences;

namespace Entente.Evaluation;

/// <summary>
/// Scores one document's predicted claims against its gold claims with the matching of score.py's score(),
/// kept identical so that the numbers here and there are the same: unique triples after alias resolution
/// (a prediction whose subject and object resolve alike is dropped), undirected relations in either order,
/// "alt" triples that also match, "optional" claims neither missed nor false, certainty against "cert" and
/// "alt_cert", and "years" against any matching prediction's time.
/// </summary>
public static class GoldScorer
{
    /// <param name="sentences">Splits the gold and predicted texts into sentences to show claims in.</param>
    /// <param name="predictedText">The text the predicted evidence offsets point into (the extracted document's
    /// normalized text), to show false positives with their sentence; without it, their evidence alone.</param>
    public static DocumentScore Score(GoldDocument gold, IReadOnlyList<Claim> predicted, AliasTable aliases, SentenceSplitter sentences, string? predictedText = null)
    {
        var predictions = Predictions(predicted, aliases);
        var required = new Dictionary<GoldTriple, List<GoldClaim>>();
        var accountedFor = new HashSet<GoldTriple>();
        foreach (var g in gold.Claims)
        {
            var key = MatchingRules.Key(g.Triple);
            accountedFor.Add(key);
            accountedFor.UnionWith(g.Alternatives.Select(MatchingRules.Key));
            if (g.Optional) continue;
            if (!required.TryGetValue(key, out var list)) required[key] = list = [];
            list.Add(g);
        }

        var goldSentences = new SentenceFinder(gold.Text, sentences);
        var predictedSentences = predictedText is null ? null : new SentenceFinder(predictedText, sentences);
        string GoldSentence(GoldClaim g) => goldSentences.Around(g.EvidenceStart, g.EvidenceStart + g.Evidence.Length, g.Evidence);
        string PredictedSentence(Claim c) => predictedSentences?.Around(c.Evidence.Start, c.Evidence.End, c.Evidence.Text) ?? c.Evidence.Text;

        var hits = new List<Hit>();
        var misses = new List<Miss>();
        var wrongCertainty = new List<WrongCertainty>();
        var wrongTime = new List<WrongTime>();
        int certaintyScored = 0, certaintyCorrect = 0, timeScored = 0, timeCorrect = 0;
        foreach (var (key, claims) in required)
        {
            var matched = claims.SelectMany(g => g.Alternatives).Select(MatchingRules.Key).Prepend(key).Distinct()
                .SelectMany(k => predictions.TryGetValue(k, out var p) ? p : []).ToList();
            if (matched.Count == 0)
            {
                misses.Add(new Miss(key, claims, GoldSentence(claims[0])));
                continue;
            }
            var hit = new Hit(key, claims, matched);
            hits.Add(hit);
            foreach (var g in claims)
            {
                certaintyScored++;
                if (g.AcceptedCertainties.Contains(hit.CertaintyFor(g))) certaintyCorrect++;
                else wrongCertainty.Add(new WrongCertainty(key, g, Ids(g.AcceptedCertainties), Ids(matched.Select(c => c.Certainty)), GoldSentence(g), matched));
                if (g.Years is not { } years) continue;
                timeScored++;
                var spans = matched.Select(c => ((int?)c.Time?.From.Year, (int?)c.Time?.To.Year)).ToList();
                if (spans.Any(s => s.Item1 <= years.To && s.Item2 >= years.From)) timeCorrect++;
                else wrongTime.Add(new WrongTime(key, g, years, spans, GoldSentence(g)));
            }
        }
        var falsePositives = predictions.Where(p => !accountedFor.Contains(p.Key))
            .Select(p => new FalsePositive(p.Key, p.Value, PredictedSentence(p.Value[0])))
            .ToList();

        var counts = new ScoreCounts(hits.Count, falsePositives.Count, misses.Count, predictions.Count, certaintyScored, certaintyCorrect, timeScored, timeCorrect);
        return new DocumentScore(gold.Name, counts, RelationTable.Of(hits, misses, falsePositives), hits, misses, falsePositives, wrongCertainty, wrongTime);
    }

    /// <summary>The predictions by key, in the order first predicted; those without both parties, or with one party twice, are dropped.</summary>
    private static Dictionary<GoldTriple, List<Claim>> Predictions(IReadOnlyList<Claim> predicted, AliasTable aliases)
    {
        var byKey = new Dictionary<GoldTriple, List<Claim>>();
        foreach (var c in predicted)
        {
            // score.py reads the object, else the place (a claim of presence without an object names where).
            var subject = aliases.Resolve(c.Subject);
            var obj = aliases.Resolve(c.Object ?? c.Place);
            if (string.IsNullOrEmpty(subject) || string.IsNullOrEmpty(obj) || string.IsNullOrEmpty(c.Relation) || subject == obj) continue;
            var key = MatchingRules.Key(subject, c.Relation, obj);
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            list.Add(c);
        }
        return byKey;
    }

    private static List<string> Ids(IEnumerable<Certainty> certainties) =>
        certainties.Select(c => c.ToId()).Distinct().Order(StringComparer.Ordinal).ToList();
}

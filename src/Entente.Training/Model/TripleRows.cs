using Entente.Evaluation;
using Entente.Extraction.Claims;
using Entente.Extraction.Relations.Model;

namespace Entente.Training.Model;

/// <summary>A triple of a training document for the document model: its features from its candidates' pair scores, and whether the gold requires it.</summary>
public sealed record TripleRow(int Document, GoldTriple Key, float[] Features, bool Label, bool Trainable, bool RuleFound);

public static class TripleRows
{
    /// <summary>
    /// Groups a document's candidates that reach the floor into triples as extraction does (by agent), and labels each by the document's gold: required (1), named but not required (left out of
    /// training, never a false positive), or not named (0).
    /// </summary>
    public static void Add(int index, TrainingDocument doc, IEnumerable<(CandidateRow Row, double Score)> scored, TripleFeatures features,
        AgentResolver agents, double floor, List<TripleRow> output)
    {
        var triples = new Dictionary<(string, int, string), TripleEvidence>();
        var keys = new Dictionary<TripleEvidence, GoldTriple>();
        foreach (var (row, score) in scored)
        {
            // As at extraction: a candidate under the floor is no evidence.
            if (score < floor && row.Candidate.RuleDrafts.Count == 0) continue;
            var c = row.Candidate;
            var k = TripleEvidence.KeyOf(c.AgentA.Id, c.Relation, c.AgentB.Id);
            if (!triples.TryGetValue(k, out var t))
            {
                triples[k] = t = new TripleEvidence(k.Item1, k.Item2, k.Item3);
                keys[t] = row.Key;
            }
            t.Add(c, score);
        }
        var context = new TripleContext(triples);
        var salience = RelationModelStage.Salience(doc.Analysis, agents);
        foreach (var (k, t) in triples.OrderBy(t => t.Key.Item1, StringComparer.Ordinal).ThenBy(t => t.Key.Item2).ThenBy(t => t.Key.Item3, StringComparer.Ordinal))
        {
            var key = keys[t];
            var vector = new float[features.Count];
            features.Fill(t, context, salience, vector);
            var label = doc.Requires(key);
            output.Add(new TripleRow(index, key, vector, label, label || !doc.Names(key), t.RuleFound));
        }
    }
}

using Entente.Evaluation;
using Entente.Extraction.Relations.Model;

namespace Entente.Training.Model;

/// <summary>
/// One candidate of a training document with its features and label. A candidate for a triple the gold names but
/// does not place in this sentence is kept for the document model (which sees every candidate at extraction time)
/// but not trained on by the pair model: it is neither clearly right nor clearly wrong there. So is a candidate with
/// a party the gold may name under another key (<see cref="TrainingDocument.MayBeUnresolved"/>).
/// </summary>
public sealed record CandidateRow(int Document, PairCandidate Candidate, GoldTriple Key, float[] Features, bool Label, bool Trainable);

/// <summary>Finds and labels the candidates of documents, with the cue tables of the fold they are scored in.</summary>
public static class CandidateRows
{
    public static void Add(int index, TrainingDocument doc, CandidateFinder finder, PairFeatures features, List<CandidateRow> rows)
    {
        var candidates = new List<PairCandidate>();
        foreach (var (s, drafts, isLede) in RelationModelStage.SentencesWithDrafts(doc.Analysis))
        {
            candidates.Clear();
            var facts = finder.Facts(s, isLede, drafts);
            finder.Find(facts, candidates);
            var sentence = new float[features.Count];
            features.FillSentence(facts, sentence);
            // The finder gives a pair's candidates one after another.
            for (var start = 0; start < candidates.Count;)
            {
                var (a, b) = (candidates[start].A, candidates[start].B);
                var end = start;
                while (end < candidates.Count && candidates[end].A == a && candidates[end].B == b) end++;
                var pair = (float[])sentence.Clone();
                features.FillPair(facts, a, b, pair);
                for (var i = start; i < end; i++)
                {
                    var c = candidates[i];
                    var key = doc.KeyOf(c.AgentA, c.RelationId, c.AgentB);
                    var label = doc.SaysIn(s.Index, key);
                    var vector = (float[])pair.Clone();
                    features.FillRelation(c, facts, vector);
                    rows.Add(new CandidateRow(index, c, key, vector, label, Trainable: label || !doc.Names(key) && !doc.MayBeUnresolved(s.Index, key)));
                }
                start = end;
            }
        }
    }

}

using Entente.Core.Entities;
using Entente.Evaluation;
using Entente.Extraction.Pipeline;

namespace Entente.Training.Model;

/// <summary>
/// A gold document read as extraction reads it (up to the rules' drafts), with what its gold says the model should
/// find: for each sentence, the triples a gold claim's evidence places there; the keys of every required triple
/// (its alternatives included); and every key the gold names at all, which is never a false positive.
/// </summary>
public sealed class TrainingDocument
{
    /// <summary>Per sentence, the keys of the required gold claims whose evidence lies there.</summary>
    private readonly Dictionary<int, HashSet<GoldTriple>> _saidIn = [];
    private readonly HashSet<GoldTriple> _named = [];
    private readonly HashSet<string> _parties = new(StringComparer.Ordinal);

    public TrainingDocument(GoldDocument gold, DocumentAnalysis analysis, AliasTable aliases, string corpus)
    {
        Gold = gold;
        Analysis = analysis;
        Aliases = aliases;
        Corpus = corpus;
        var doc = analysis.Document;
        foreach (var claim in gold.Claims)
        {
            var keys = claim.Alternatives.Prepend(claim.Triple).Select(MatchingRules.Key).ToList();
            foreach (var k in keys)
            {
                _named.Add(k);
                _parties.Add(k.Subject);
                _parties.Add(k.Object);
            }
            if (claim.Optional) continue;
            var main = keys[0];
            if (!Required.TryGetValue(main, out var matches)) Required[main] = matches = [];
            matches.UnionWith(keys);
            if (claim.EvidenceStart < 0) continue;
            var (start, end) = (claim.EvidenceStart, claim.EvidenceStart + claim.Evidence.Length);
            foreach (var s in analysis.Sentences)
            {
                // Sentences are spans of the normalized text; the evidence is an offset into the file's own text.
                if (doc.ToOriginalOffset(s.Span.Start) < end && start < doc.ToOriginalOffset(s.Span.End))
                {
                    if (!_saidIn.TryGetValue(s.Index, out var here)) _saidIn[s.Index] = here = [];
                    here.UnionWith(keys);
                }
            }
        }
    }

    public GoldDocument Gold { get; }
    public DocumentAnalysis Analysis { get; }
    public AliasTable Aliases { get; }

    /// <summary>The folder the document came from, for reports.</summary>
    public string Corpus { get; }

    /// <summary>Each required gold triple (as score.py counts them, once however many claims say it) with the keys that match it: itself and its claims' alternatives.</summary>
    public Dictionary<GoldTriple, HashSet<GoldTriple>> Required { get; } = [];

    /// <summary>
    /// The gold key of an extracted party: as score.py resolves it (name, then id), else by another of the entity's
    /// names, so that a gold table that lists "Libyan National Army (LNA)" but not the knowledge base's own name still
    /// labels the candidate for what it is. Training labels and the out-of-fold report read this; `entente eval` keeps
    /// score.py's rule.
    /// </summary>
    public string KeyOf(Entity agent)
    {
        if (Aliases.TryGetKey(agent.Name, out var key) || Aliases.TryGetKey(agent.Id, out key)) return key;
        foreach (var alias in agent.Aliases)
            if (Aliases.TryGetKey(alias, out key)) return key;
        return Aliases.Resolve(agent.Name, agent.Id) ?? agent.Id;
    }

    public GoldTriple KeyOf(Entity subject, string relation, Entity obj) => MatchingRules.Key(KeyOf(subject), relation, KeyOf(obj));

    /// <summary>A gold claim whose evidence lies in this sentence says this triple.</summary>
    public bool SaysIn(int sentence, GoldTriple key) => _saidIn.TryGetValue(sentence, out var here) && here.Contains(key);

    /// <summary>The gold names this triple somewhere (required, optional or as an alternative): predicting it is never wrong.</summary>
    public bool Names(GoldTriple key) => _named.Contains(key);

    /// <summary>
    /// One party of this triple is a key the gold never names, and a required gold claim of the same relation in this
    /// sentence has the other party: the gold most likely names the first under a key the alias tables do not link to
    /// the extracted entity ("Iran-backed militias" annotated as the Iraqi militias), so the candidate is no clear negative.
    /// </summary>
    public bool MayBeUnresolved(int sentence, GoldTriple key)
    {
        var (subjectKnown, objectKnown) = (_parties.Contains(key.Subject), _parties.Contains(key.Object));
        if (subjectKnown == objectKnown || !_saidIn.TryGetValue(sentence, out var here)) return false;
        var known = subjectKnown ? key.Subject : key.Object;
        foreach (var g in here)
            if (g.Relation == key.Relation && (g.Subject == known || g.Object == known)) return true;
        return false;
    }

    /// <summary>The document's gold requires this triple (or one of a required claim's alternatives).</summary>
    public bool Requires(GoldTriple key)
    {
        foreach (var matches in Required.Values)
            if (matches.Contains(key)) return true;
        return false;
    }
}

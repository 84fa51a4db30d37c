using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;

namespace Entente.Extraction.Relations.Model;

/// <summary>
/// The learned relation stage: runs after the rules. The pair model scores every candidate pair of each sentence (the
/// rules' drafts are among its features); the document model then decides each triple the candidates speak for, from
/// their scores and how prominent the two parties are in the document. The rules' drafts are replaced by the
/// decisions: a kept candidate that a rule also found keeps the rule's draft (its materiel, place, phase and span)
/// with the model's score on it; one no rule found becomes a new draft around its trigger.
/// </summary>
public sealed class RelationModelStage : IExtractionStage
{
    private readonly RelationModel _model;
    private readonly CandidateFinder _finder;
    private readonly PairFeatures _pairFeatures = new();
    private readonly TripleFeatures _tripleFeatures = new();
    private readonly Claims.AgentResolver _agents;

    /// <summary>The pair model read layer by layer (null for a model whose trees are too large for it: then each candidate walks the trees).</summary>
    private readonly LayeredEnsemble? _layered;

    public RelationModelStage(RelationModel model, KnowledgeBase kb, TriggerLexicon lexicon, Lexicons.LexicalClasses classes)
    {
        _model = model;
        _model.CheckFeatures(_pairFeatures.Layout, _tripleFeatures.Layout);
        _finder = new CandidateFinder(model.Cues, model.Contexts, lexicon, classes, kb);
        _agents = new Claims.AgentResolver(kb);
        _layered = LayeredEnsemble.TryCreate(model.PairEnsemble, _pairFeatures.Layout.Layers, model.ExitAfter);
    }

    /// <summary>The sentence's spot masks: one set per scoring run, so that the stage keeps no state between documents and threads.</summary>
    private SpotMasks? NewSpotMasks() => _layered is null ? null : new SpotMasks(_layered);

    public void Run(DocumentAnalysis analysis)
    {
        var triples = ScorePairs(analysis);
        var salience = Salience(analysis, _agents);
        var vector = new float[_tripleFeatures.Count];
        var kept = new List<ClaimDraft>();
        var context = new TripleContext(triples);
        foreach (var t in triples.Values)
        {
            _tripleFeatures.Fill(t, context, salience, vector);
            var p = _model.DocumentEnsemble.Probability(vector);
            var keep = p >= (t.RuleFound ? Math.Min(_model.RuleThreshold, _model.Threshold) : _model.Threshold);
            if (keep) kept.AddRange(Decide(t, p));
            analysis.ModelDecisions.Add(new TripleDecision(t, p, keep));
        }
        analysis.ModelDecisions.Sort(static (x, y) => y.Probability.CompareTo(x.Probability));
        kept.Sort(static (x, y) => x.Sentence.Index != y.Sentence.Index ? x.Sentence.Index.CompareTo(y.Sentence.Index) : x.SpanFirst.CompareTo(y.SpanFirst));
        analysis.Drafts.Clear();
        analysis.Drafts.AddRange(kept);
    }

    /// <summary>Every candidate of the document scored by the pair model, grouped by triple; candidates under the floor are dropped.</summary>
    public Dictionary<(string, int, string), TripleEvidence> ScorePairs(DocumentAnalysis analysis)
    {
        var triples = new Dictionary<(string, int, string), TripleEvidence>();
        var candidates = new List<PairCandidate>();
        var sentence = new Reading(_pairFeatures.Count, _layered);
        var (pair, vector) = (new Reading(_pairFeatures.Count, _layered), new Reading(_pairFeatures.Count, _layered));
        var masks = NewSpotMasks();
        foreach (var (s, drafts, isLede) in SentencesWithDrafts(analysis))
        {
            candidates.Clear();
            var facts = _finder.Facts(s, isLede, drafts);
            _finder.Find(facts, candidates);
            if (candidates.Count == 0) continue;
            masks?.Clear();
            // The finder gives a pair's candidates one after another: the sentence's and the pair's features are
            // filled and read once and copied, so a candidate costs only its relation's features and their tests.
            _pairFeatures.FillSentence(facts, sentence.Features);
            sentence.Start(_layered, FeatureLayer.Sentence);
            for (var start = 0; start < candidates.Count;)
            {
                var (a, b) = (candidates[start].A, candidates[start].B);
                var end = start;
                while (end < candidates.Count && candidates[end].A == a && candidates[end].B == b) end++;
                sentence.CopyTo(pair);
                _pairFeatures.FillPair(facts, a, b, pair.Features);
                // The pair's tests of the trees after the early exit's checkpoint wait for a candidate that passes it.
                pair.ReadHead(_layered, FeatureLayer.Pair);
                for (var i = start; i < end; i++) Score(candidates[i], facts, pair, vector, masks, triples);
                start = end;
            }
        }
        return triples;
    }

    /// <summary>Scores one candidate on a copy of its pair's features and adds it to its triple's evidence.</summary>
    private void Score(PairCandidate c, SentenceFacts facts, Reading pair, Reading vector, SpotMasks? masks, Dictionary<(string, int, string), TripleEvidence> triples)
    {
        pair.Features.CopyTo(vector.Features, 0);
        _pairFeatures.FillRelation(c, facts, vector.Features);
        // A rule's candidate is always scored whole: the rules' triples are kept at a lower bar.
        var p = _layered is null || masks is null
            ? c.RuleDrafts.Count > 0 ? _model.PairEnsemble.Probability(vector.Features) : _model.PairScore(vector.Features)
            : c.RuleDrafts.Count > 0 ? WholeScore(_layered, pair, vector, masks.Of(c.Relation, c.Spot, vector.Features))
            : EarlyExitScore(_layered, pair, vector, masks.Of(c.Relation, c.Spot, vector.Features));
        if (p < _model.CandidateFloor && c.RuleDrafts.Count == 0) return;
        var key = TripleEvidence.KeyOf(c.AgentA.Id, c.Relation, c.AgentB.Id);
        if (!triples.TryGetValue(key, out var t)) triples[key] = t = new TripleEvidence(key.Item1, key.Item2, key.Item3);
        t.Add(c, p);
    }

    /// <summary>The pair model's probability with every tree: <see cref="TreeEnsemble.Probability"/>.</summary>
    private double WholeScore(LayeredEnsemble layered, Reading pair, Reading vector, ReadOnlySpan<ulong> spotMask)
    {
        pair.EnsureTail(layered);
        LayeredEnsemble.Intersect(pair.LeafSets, spotMask, vector.LeafSets, 0, layered.Trees);
        layered.ReadHead(FeatureLayer.Relation, vector.Features, vector.LeafSets);
        layered.ReadTail(FeatureLayer.Relation, vector.Features, vector.LeafSets);
        return _model.PairEnsemble.ToProbability(layered.Margin(vector.LeafSets));
    }

    /// <summary>
    /// The pair model's probability, 0 when its first trees rule the candidate out: <see cref="RelationModel.PairScore"/>.
    /// The trees after the checkpoint are read only for a candidate that passes it.
    /// </summary>
    private double EarlyExitScore(LayeredEnsemble layered, Reading pair, Reading vector, ReadOnlySpan<ulong> spotMask)
    {
        LayeredEnsemble.Intersect(pair.LeafSets, spotMask, vector.LeafSets, 0, layered.HeadTrees);
        layered.ReadHead(FeatureLayer.Relation, vector.Features, vector.LeafSets);
        var head = layered.HeadMargin(vector.LeafSets);
        if (head < _model.ExitBelow) return 0;
        pair.EnsureTail(layered);
        LayeredEnsemble.Intersect(pair.LeafSets, spotMask, vector.LeafSets, layered.HeadTrees, layered.Trees);
        layered.ReadTail(FeatureLayer.Relation, vector.Features, vector.LeafSets);
        return _model.PairEnsemble.ToProbability(layered.WithTail(head, vector.LeafSets));
    }

    /// <summary>
    /// A feature vector being filled, and the leaves its filled layers leave each tree of the pair model. A pair's
    /// reading may hold its head trees only (<see cref="ReadHead"/>) until a candidate needs the rest (<see cref="EnsureTail"/>).
    /// </summary>
    private sealed class Reading(int features, LayeredEnsemble? layered)
    {
        public float[] Features { get; } = new float[features];
        public ulong[] LeafSets { get; } = new ulong[layered?.Trees ?? 0];

        /// <summary>The layer whose tail trees are still to be read, if any.</summary>
        private FeatureLayer? _tailPending;

        /// <summary>Reads the first layer whole: every leaf is possible until its features rule some out.</summary>
        public void Start(LayeredEnsemble? layered, FeatureLayer layer)
        {
            layered?.Reset(LeafSets);
            layered?.Read(layer, Features, LeafSets);
            _tailPending = null;
        }

        /// <summary>Reads a layer's head trees only; the tail waits for <see cref="EnsureTail"/>.</summary>
        public void ReadHead(LayeredEnsemble? layered, FeatureLayer layer)
        {
            layered?.ReadHead(layer, Features, LeafSets);
            _tailPending = layer;
        }

        public void EnsureTail(LayeredEnsemble layered)
        {
            if (_tailPending is { } layer) layered.ReadTail(layer, Features, LeafSets);
            _tailPending = null;
        }

        /// <summary>Copies the features and leaf sets; the copy's reading is whole where this one's is.</summary>
        public void CopyTo(Reading other)
        {
            Features.CopyTo(other.Features, 0);
            LeafSets.CopyTo(other.LeafSets, 0);
            other._tailPending = _tailPending;
        }
    }

    /// <summary>How often each agent is named in the document, and whether its headline or lede names it.</summary>
    public static DocumentSalience Salience(DocumentAnalysis analysis, Claims.AgentResolver agents)
    {
        var salience = new DocumentSalience { Sentences = analysis.Sentences.Count };
        var ledeSeen = false;
        foreach (var s in analysis.EachSentence())
        {
            var isLede = !ledeSeen && !s.Span.IsHeading;
            ledeSeen |= isLede;
            foreach (var m in s.Mentions)
                if (!m.IsMateriel) salience.Count(agents.Resolve(m.Entity, "", asObject: false).Id, s.Index == 0 && s.Span.IsHeading, isLede);
        }
        return salience;
    }

    /// <summary>Each sentence with the rule drafts it produced, and whether it is the lede (its first sentence of prose).</summary>
    public static IEnumerable<(SentenceAnalysis Sentence, List<ClaimDraft> Drafts, bool IsLede)> SentencesWithDrafts(DocumentAnalysis analysis)
    {
        var bySentence = new Dictionary<int, List<ClaimDraft>>();
        foreach (var d in analysis.Drafts)
        {
            if (!bySentence.TryGetValue(d.Sentence.Index, out var list)) bySentence[d.Sentence.Index] = list = [];
            list.Add(d);
        }
        var ledeSeen = false;
        foreach (var s in analysis.EachSentence())
        {
            var isLede = !ledeSeen && !s.Span.IsHeading;
            ledeSeen |= isLede;
            // Headlines are asked too (the rules pass them over): they often state the story's main claim.
            if (s.Mentions.Count < 2) continue;
            yield return (s, bySentence.GetValueOrDefault(s.Index) ?? [], isLede);
        }
    }

    /// <summary>
    /// How strong, against the triple's best candidate, another sentence's candidate must be to become a claim of its
    /// own. Once the document is known to say the triple, a sentence that pairs the same parties around the same cue is
    /// far likelier to say it again than the pair model's unconditional score suggests; and those sentences are where
    /// the same fact is hedged, attributed, denied or dated differently ("Moscow denied …"), which an analyst must see
    /// beside the assertion. Measured on the dev set: half kept certainty right for 0.79 of the found claims, a tenth
    /// for 0.85, with precision and recall unchanged (they count triples).
    /// </summary>
    public const double EchoShare = 0.1;

    /// <summary>
    /// The drafts of a kept triple: its best candidate, and every other candidate (one per sentence) at least
    /// <see cref="EchoShare"/> as strong, each the same statement made again with its own evidence, certainty and time.
    /// </summary>
    private IEnumerable<ClaimDraft> Decide(TripleEvidence t, double documentScore)
    {
        var best = t.Best;
        var perSentence = new HashSet<int>();
        foreach (var (c, p) in t.Candidates.OrderByDescending(x => x.Score))
        {
            if (p < best * EchoShare || !perSentence.Add(c.Sentence.Index)) continue;
            var draft = Draft(c, p, documentScore);
            yield return draft;
            // "listed A, the interior minister, and B, the navy chief, for arming the rebels": the officials' drafts say one
            // triple of their state, but each names a person acting in their own right, and each is a claim.
            if (draft.PersonalSubject)
                foreach (var other in c.RuleDrafts)
                    if (other != draft && other.PersonalSubject && other.Subject.Id != draft.Subject.Id)
                    {
                        (other.Model, other.Confidence) = (draft.Model, draft.Confidence);
                        yield return other;
                    }
        }
    }

    private ClaimDraft Draft(PairCandidate c, double pairScore, double documentScore)
    {
        var rules = c.RuleDrafts.Select(d => d.Rule).Distinct().Order(StringComparer.Ordinal).ToList();
        var decision = new ModelDecision(_model.Version, documentScore, rules);
        var confidence = (int)Math.Round(Math.Min(documentScore, pairScore) * 100);
        if (c.RuleDrafts.Count > 0)
        {
            // The rule's draft knows more (materiel, place, phase); the one read from this candidate's own mention if any.
            var d = c.RuleDrafts.FirstOrDefault(r => r.Subject == c.A.Entity) ?? c.RuleDrafts[0];
            d.Model = decision;
            d.Confidence = confidence;
            return d;
        }
        var s = c.Sentence;
        var (a, b) = (c.A, c.B);
        var (tFirst, tLast) = c.Spot.Exists ? (c.Spot.First, c.Spot.Last) : (Math.Max(a.First, b.First), Math.Max(a.Last, b.Last));
        var first = Math.Min(Math.Min(a.First, b.First), tFirst);
        var last = Math.Max(Math.Max(a.Last, b.Last), tLast);
        var materiel = new List<Entity>();
        foreach (var m in s.Mentions)
            if (m.IsMateriel && m.First >= first && m.Last <= last + 6 && materiel.All(x => x.Id != m.Entity.Id)) materiel.Add(m.Entity);
        return new ClaimDraft
        {
            Sentence = s,
            Subject = a.Entity,
            Relation = c.RelationId,
            Object = b.Entity,
            Rule = "model",
            TriggerFirst = tFirst,
            TriggerLast = tLast,
            SpanFirst = first,
            SpanLast = last,
            Materiel = materiel,
            Confidence = confidence,
            Presupposed = !c.Spot.Exists && a.Role != MentionRole.Actor,
            Model = decision,
        };
    }
}

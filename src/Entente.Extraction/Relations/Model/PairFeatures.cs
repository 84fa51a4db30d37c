using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Relations.Model;

/// <summary>
/// Turns a candidate into the model's feature vector: the relation asked about, where it is said and how the two
/// mentions sit around that place (order, distance, clause, voice, prepositions), what the rules decided, what the
/// mentions are (kind, form, role), and the sentence around them. Words are never features by themselves: only
/// their classes (trigger, learned cue weight, preposition), so the model carries over to names and wordings the
/// corpus never showed.
/// </summary>
public sealed class PairFeatures
{
    private static readonly string[] Kinds = Enum.GetNames<EntityKind>();
    private static readonly string[] Forms = Enum.GetNames<MentionForm>();
    private static readonly string[] Roles = Enum.GetNames<MentionRole>();
    private static readonly string[] Preps = ["to", "from", "with", "by", "for", "in", "against", "on", "of", "at", "between", "into", "over", "via", "including", "according to", "none", "other"];
    private static readonly string[] SpotKinds = Enum.GetNames<SpotKind>();
    private static readonly string[] Orders = ["none", "a-t-b", "b-t-a", "t-a-b", "t-b-a", "a-b-t", "b-a-t"];
    private static readonly string[] Frames =
        ["directed", "transfer", "light", "receive", "nominal", "supplier", "symmetric", "symmetric-noun", "symmetric-sign", "ask", "presence", "produce",
         "basing", "aimed", "aimed-weapon", "relies-on", "host", "compound", "apposition-role", "possessor-role", "role-of", "adjective-role", "despite", "via", "with-help", "joint", "membership", "listing", "other"];
    private static readonly string[] NextWords = ["to", "from", "with", "by", "for", "on", "against", "of", "in", "into", "that", "and", "none", "other"];

    private readonly int _relation, _symmetric, _sphere;
    private readonly int _spotKind, _spotWeight, _frame, _order, _distAT, _distTB, _absAT, _absTB, _sameClauseAT, _sameClauseTB, _actorsAT, _actorsTB;
    private readonly int _endsEd, _endsIng, _endsS, _nounContext, _passive, _next, _ruleSubjA, _ruleSubjB, _ruleObjA, _ruleObjB;
    private readonly int _ruleExact, _ruleExactCount, _ruleReversed, _ruleOtherRelation, _ruleSameSubject, _ruleSameObject, _ruleConfidence, _rulePresupposed, _ruleFrame;
    private readonly int _cueBetween, _cueOutside, _cueSentence, _cueSpotsOfRelation, _lexiconOfRelation, _lexiconRelations, _otherTriggersBetween, _bestOtherCueBetween;
    private readonly MentionSlots _a, _b;
    private readonly int _aFirst, _distance, _actorsBetween, _commasBetween, _sameClause, _hardBreak, _coordinated, _adjacent, _betweenWord;
    private readonly int _aCountryB, _bCountryA, _linkAB, _linkBA, _appositive, _aInRelative, _bInRelative, _sameEntityKind;
    private readonly int _sentenceIndex, _firstSentence, _sentenceLength, _argumentCount, _quotes, _attributedA, _attributedB, _speakerA, _speakerB;
    private readonly int _negation, _hedge, _materielInSentence, _materielBetween, _money, _heading;
    private readonly int _contextRate, _contextSeen, _spotCue, _suffixCueA, _suffixCueB, _cueBetweenSum, _cueBetweenCount;

    private readonly record struct MentionSlots(int Kind, int Form, int Role, int Possessive, int Suffix, int Regime, int Prep, int Index, int IsFirst, int IsLast, int Length, int Resolved);

    public PairFeatures()
    {
        var l = Layout;
        _relation = l.AddGroup("relation", RelationTypes.All.Select(r => r.Id), FeatureLayer.Spot);
        _symmetric = l.Add("relation.symmetric", FeatureLayer.Spot);
        _sphere = l.AddGroup("sphere", Enum.GetNames<Sphere>(), FeatureLayer.Spot);

        _spotKind = l.AddGroup("spot", SpotKinds, FeatureLayer.Spot);
        _spotWeight = l.Add("spot.weight", FeatureLayer.Spot);
        _frame = l.AddGroup("spot.frame", Frames, FeatureLayer.Spot);
        _order = l.AddGroup("order", Orders, FeatureLayer.Relation);
        _distAT = l.Add("dist.a-t", FeatureLayer.Relation);
        _distTB = l.Add("dist.t-b", FeatureLayer.Relation);
        _absAT = l.Add("absdist.a-t", FeatureLayer.Relation);
        _absTB = l.Add("absdist.t-b", FeatureLayer.Relation);
        _sameClauseAT = l.Add("clause.a=t", FeatureLayer.Relation);
        _sameClauseTB = l.Add("clause.t=b", FeatureLayer.Relation);
        _actorsAT = l.Add("actors.a-t", FeatureLayer.Relation);
        _actorsTB = l.Add("actors.t-b", FeatureLayer.Relation);
        _endsEd = l.Add("spot.ends-ed", FeatureLayer.Spot);
        _endsIng = l.Add("spot.ends-ing", FeatureLayer.Spot);
        _endsS = l.Add("spot.ends-s", FeatureLayer.Spot);
        _nounContext = l.Add("spot.after-determiner", FeatureLayer.Spot);
        _passive = l.Add("spot.passive", FeatureLayer.Spot);
        _next = l.AddGroup("spot.next", NextWords, FeatureLayer.Spot);
        _ruleSubjA = l.Add("args.a-is-subject", FeatureLayer.Relation);
        _ruleSubjB = l.Add("args.b-is-subject", FeatureLayer.Relation);
        _ruleObjA = l.Add("args.a-is-object", FeatureLayer.Relation);
        _ruleObjB = l.Add("args.b-is-object", FeatureLayer.Relation);

        _ruleExact = l.Add("rule.exact", FeatureLayer.Relation);
        _ruleExactCount = l.Add("rule.exact-count", FeatureLayer.Relation);
        _ruleReversed = l.Add("rule.reversed", FeatureLayer.Relation);
        _ruleOtherRelation = l.Add("rule.pair-other-relation", FeatureLayer.Relation);
        _ruleSameSubject = l.Add("rule.a-subject-other-object", FeatureLayer.Relation);
        _ruleSameObject = l.Add("rule.b-object-other-subject", FeatureLayer.Relation);
        _ruleConfidence = l.Add("rule.confidence", FeatureLayer.Relation);
        _rulePresupposed = l.Add("rule.presupposed", FeatureLayer.Relation);
        _ruleFrame = l.AddGroup("rule.frame", Frames, FeatureLayer.Relation);

        _cueBetween = l.Add("cue.between", FeatureLayer.Relation);
        _cueOutside = l.Add("cue.around", FeatureLayer.Relation);
        _cueSentence = l.Add("cue.sentence", FeatureLayer.Spot);
        _cueSpotsOfRelation = l.Add("cue.spots", FeatureLayer.Spot);
        _lexiconOfRelation = l.Add("lexicon.spots", FeatureLayer.Spot);
        _lexiconRelations = l.Add("lexicon.relations-in-sentence", FeatureLayer.Sentence);
        _otherTriggersBetween = l.Add("lexicon.other-between", FeatureLayer.Relation);
        _bestOtherCueBetween = l.Add("cue.other-between", FeatureLayer.Relation);

        _a = Mention(l, "a");
        _b = Mention(l, "b");

        _aFirst = l.Add("pair.a-first", FeatureLayer.Pair);
        _distance = l.Add("pair.distance", FeatureLayer.Pair);
        _actorsBetween = l.Add("pair.actors-between", FeatureLayer.Pair);
        _commasBetween = l.Add("pair.commas-between", FeatureLayer.Pair);
        _sameClause = l.Add("pair.same-clause", FeatureLayer.Pair);
        _hardBreak = l.Add("pair.hard-break", FeatureLayer.Pair);
        _coordinated = l.Add("pair.coordinated", FeatureLayer.Pair);
        _adjacent = l.Add("pair.adjacent", FeatureLayer.Pair);
        _betweenWord = l.Add("pair.between-word", FeatureLayer.Pair);
        _aCountryB = l.Add("kb.a-country-is-b", FeatureLayer.Pair);
        _bCountryA = l.Add("kb.b-country-is-a", FeatureLayer.Pair);
        _linkAB = l.Add("kb.a-linked-to-b", FeatureLayer.Pair);
        _linkBA = l.Add("kb.b-linked-to-a", FeatureLayer.Pair);
        _appositive = l.Add("pair.appositive", FeatureLayer.Pair);
        _aInRelative = l.Add("pair.a-in-relative", FeatureLayer.Pair);
        _bInRelative = l.Add("pair.b-in-relative", FeatureLayer.Pair);
        _sameEntityKind = l.Add("pair.same-kind", FeatureLayer.Pair);

        _sentenceIndex = l.Add("sentence.index", FeatureLayer.Sentence);
        _firstSentence = l.Add("sentence.lede", FeatureLayer.Sentence);
        _sentenceLength = l.Add("sentence.length", FeatureLayer.Sentence);
        _argumentCount = l.Add("sentence.arguments", FeatureLayer.Sentence);
        _quotes = l.Add("sentence.quoted", FeatureLayer.Sentence);
        _attributedA = l.Add("attribution.covers-a", FeatureLayer.Pair);
        _attributedB = l.Add("attribution.covers-b", FeatureLayer.Pair);
        _speakerA = l.Add("attribution.a-speaks", FeatureLayer.Pair);
        _speakerB = l.Add("attribution.b-speaks", FeatureLayer.Pair);
        _negation = l.Add("cues.negation", FeatureLayer.Sentence);
        _hedge = l.Add("cues.hedge", FeatureLayer.Sentence);
        _materielInSentence = l.Add("materiel.sentence", FeatureLayer.Sentence);
        _materielBetween = l.Add("materiel.between", FeatureLayer.Pair);
        _money = l.Add("sentence.money", FeatureLayer.Sentence);
        _heading = l.Add("sentence.heading", FeatureLayer.Sentence);
        _contextRate = l.AddGroup("context.rate", Enum.GetNames<ContextSlot>(), FeatureLayer.Pair);
        _contextSeen = l.AddGroup("context.seen", Enum.GetNames<ContextSlot>(), FeatureLayer.Pair);
        _spotCue = l.Add("spot.cue", FeatureLayer.Spot);
        _suffixCueA = l.Add("a.suffix-cue", FeatureLayer.Relation);
        _suffixCueB = l.Add("b.suffix-cue", FeatureLayer.Relation);
        _cueBetweenSum = l.Add("cue.between-sum", FeatureLayer.Relation);
        _cueBetweenCount = l.Add("cue.between-count", FeatureLayer.Relation);
    }

    public FeatureLayout Layout { get; } = new();

    public int Count => Layout.Count;

    /// <summary>A mention's features are its pair's: <see cref="FillPair"/> writes them.</summary>
    private const FeatureLayer Layer = FeatureLayer.Pair;

    private static MentionSlots Mention(FeatureLayout l, string who) => new(
        l.AddGroup(who + ".kind", Kinds, Layer), l.AddGroup(who + ".form", Forms, Layer), l.AddGroup(who + ".role", Roles, Layer),
        l.Add(who + ".possessive", Layer), l.Add(who + ".suffix", Layer), l.Add(who + ".regime", Layer), l.AddGroup(who + ".prep", Preps, Layer),
        l.Add(who + ".index", Layer), l.Add(who + ".first-argument", Layer), l.Add(who + ".last-argument", Layer), l.Add(who + ".tokens", Layer), l.Add(who + ".stands-for-other", Layer));

    /// <summary>All features of a candidate: its sentence's, its pair's and its relation's, in that order.</summary>
    public void Fill(PairCandidate c, SentenceFacts f, Span<float> v)
    {
        FillSentence(f, v);
        FillPair(f, c.A, c.B, v);
        FillRelation(c, f, v);
    }

    /// <summary>
    /// The features every candidate of a sentence shares. Clears the vector first. Extraction fills them once per
    /// sentence, then each pair's once per pair on a copy, so that a candidate costs only its relation's.
    /// </summary>
    public void FillSentence(SentenceFacts f, Span<float> v)
    {
        v.Clear();
        var s = f.Sentence;
        v[_sentenceIndex] = Math.Min(s.Index, 30);
        v[_firstSentence] = f.IsLede ? 1 : 0;
        v[_sentenceLength] = s.Tokens.Count;
        v[_argumentCount] = f.Arguments.Count;
        v[_heading] = s.Span.IsHeading ? 1 : 0;
        foreach (var at in s.Attributions)
            if (at.Quoted) v[_quotes] = 1;
        foreach (var cue in s.Cues)
        {
            if (cue.Negation) v[_negation] = 1;
            if (cue.Certainty is not null and not Certainty.Asserted) v[_hedge] = 1;
        }
        foreach (var m in s.Mentions)
            if (m.IsMateriel) v[_materielInSentence]++;
        foreach (var t in s.Tokens)
            if (f.Args.Words.Is(t, WordClass.MoneyWord)) v[_money] = 1;
        var relations = 0;
        for (var r = 0; r < RelationTypes.All.Count; r++)
            if (f.LexiconSpots[r] > 0) relations++;
        v[_lexiconRelations] = relations;
    }

    /// <summary>The features of an ordered pair of mentions, whatever relation is asked: who they are, how they sit, the words around them.</summary>
    public void FillPair(SentenceFacts f, EntityMention a, EntityMention b, Span<float> v)
    {
        var s = f.Sentence;
        var (ea, eb) = (f.AgentOf(a), f.AgentOf(b));
        FillMention(_a, a, ea, f, v);
        FillMention(_b, b, eb, f, v);
        FillShape(f, a, b, ea, eb, v);
        foreach (var at in s.Attributions)
        {
            if (at.First <= a.First && a.First < at.Last) v[_attributedA] = 1;
            if (at.First <= b.First && b.First < at.Last) v[_attributedB] = 1;
            if (at.SpeakerEntity is { } speaker)
            {
                if (speaker.Id == a.Entity.Id) v[_speakerA] = 1;
                if (speaker.Id == b.Entity.Id) v[_speakerB] = 1;
            }
        }
        var (lo, hi) = (Math.Min(a.First, b.First), Math.Max(a.Last, b.Last));
        foreach (var m in f.Materiel)
            if (m.First >= lo && m.Last <= hi) v[_materielBetween]++;
        foreach (var slot in PairContext.WordSlots)
        {
            var (rate, seen) = f.Context(slot, PairContext.TokenOf(slot, a, b));
            v[_contextRate + (int)slot] = rate;
            v[_contextSeen + (int)slot] = MathF.Log(1 + seen);
        }
        var (pathRate, pathSeen) = f.Contexts.Estimate(ContextSlot.ShortPath, PairContext.ShortPath(s, a, b));
        v[_contextRate + (int)ContextSlot.ShortPath] = pathRate;
        v[_contextSeen + (int)ContextSlot.ShortPath] = MathF.Log(1 + pathSeen);
    }

    /// <summary>The features of the relation asked: where it is said, what the rules said, how strong its cues are.</summary>
    public void FillRelation(PairCandidate c, SentenceFacts f, Span<float> v)
    {
        var type = RelationTypes.All[c.Relation];
        v[_relation + c.Relation] = 1;
        v[_symmetric] = type.Symmetric ? 1 : 0;
        v[_sphere + (int)type.Sphere] = 1;
        FillSpot(c, f, v);
        FillRules(c, f, v);
        FillCues(c, f, v);
        v[_suffixCueA] = f.SuffixWeight(c.A, c.Relation);
        v[_suffixCueB] = f.SuffixWeight(c.B, c.Relation);
    }

    private void FillSpot(PairCandidate c, SentenceFacts f, Span<float> v)
    {
        var spot = c.Spot;
        v[_spotKind + (int)spot.Kind] = 1;
        if (!spot.Exists)
        {
            v[_order] = 1;
            return;
        }
        var s = c.Sentence;
        var (a, b) = (c.A, c.B);
        v[_spotWeight] = spot.Weight;
        v[_frame + FrameIndex(spot.Frame)] = spot.Frame is null ? 0 : 1;
        var t = spot.First;
        v[_spotCue] = f.CueWeights[t] is { Length: > 0 } w ? w[c.Relation] : 0;
        v[_order + OrderOf(a.First, b.First, t)] = 1;
        v[_distAT] = t - a.First;
        v[_distTB] = b.First - t;
        v[_absAT] = Math.Abs(t - a.First);
        v[_absTB] = Math.Abs(b.First - t);
        v[_sameClauseAT] = s.ClauseOf[a.First] == s.ClauseOf[t] ? 1 : 0;
        v[_sameClauseTB] = s.ClauseOf[b.First] == s.ClauseOf[t] ? 1 : 0;
        v[_actorsAT] = ActorsBetween(f, a, t);
        v[_actorsTB] = ActorsBetween(f, b, t);
        var word = s.Tokens[t].Lower;
        v[_endsEd] = word.EndsWith("ed", StringComparison.Ordinal) ? 1 : 0;
        v[_endsIng] = word.EndsWith("ing", StringComparison.Ordinal) ? 1 : 0;
        v[_endsS] = word.EndsWith('s') ? 1 : 0;
        v[_nounContext] = t > 0 && (f.Args.Words.Is(s.Tokens[t - 1], WordClass.PairNounContext) || f.MentionAt(t - 1) is { Possessive: true }) ? 1 : 0;
        var next = spot.Last < s.Tokens.Count ? s.Tokens[spot.Last].Lower : null;
        v[_next + (next is null ? Array.IndexOf(NextWords, "none") : Array.IndexOf(NextWords, next) is var n and >= 0 ? n : NextWords.Length - 1)] = 1;
        var (subjects, objects, passive) = f.ArgumentsOf(spot);
        v[_passive] = passive ? 1 : 0;
        v[_ruleSubjA] = Contains(subjects, a) ? 1 : 0;
        v[_ruleSubjB] = Contains(subjects, b) ? 1 : 0;
        v[_ruleObjA] = Contains(objects, a) ? 1 : 0;
        v[_ruleObjB] = Contains(objects, b) ? 1 : 0;
    }

    private void FillRules(PairCandidate c, SentenceFacts f, Span<float> v)
    {
        v[_ruleExact] = c.RuleDrafts.Count > 0 ? 1 : 0;
        v[_ruleExactCount] = c.RuleDrafts.Count;
        foreach (var d in c.RuleDrafts)
        {
            v[_ruleConfidence] = Math.Max(v[_ruleConfidence], d.Confidence);
            if (d.Presupposed) v[_rulePresupposed] = 1;
            v[_ruleFrame + RuleFrameIndex(d.Rule)] = 1;
        }
        var (reversed, otherRelation, sameSubject, sameObject) = f.DraftNeighbours(c.RelationId, c.A.Entity.Id, c.B.Entity.Id);
        if (reversed) v[_ruleReversed] = 1;
        if (otherRelation) v[_ruleOtherRelation] = 1;
        if (sameSubject) v[_ruleSameSubject] = 1;
        if (sameObject) v[_ruleSameObject] = 1;
    }

    /// <summary>The relation's learned cues between, around and anywhere near the pair, read from the sentence's few cue positions of that relation.</summary>
    private void FillCues(PairCandidate c, SentenceFacts f, Span<float> v)
    {
        var r = c.Relation;
        var (lo, hi) = (Math.Min(c.A.Last, c.B.Last), Math.Max(c.A.First, c.B.First));
        var (outerLo, outerHi) = (Math.Min(c.A.First, c.B.First) - 5, Math.Max(c.A.Last, c.B.Last) + 5);
        float between = 0, around = 0, sum = 0, count = 0;
        // Only the positions between or around the pair count here, read in text order from the first of them (the
        // sum adds them in the order it always did); the sentence's strongest is worked out once per sentence.
        var (from, to) = (Math.Min(lo, outerLo), Math.Max(hi, outerHi));
        foreach (var (k, w) in f.CuePositionsFrom(r, from))
        {
            if (k >= to) break;
            if (k >= lo && k < hi)
            {
                // Every word between that speaks for the relation adds to it: "sent drones" is a transfer of arms by
                // two words, "sent" alone could be troops.
                between = Math.Max(between, w);
                sum += w;
                count++;
            }
            else if (k >= outerLo && k < outerHi) around = Math.Max(around, w);
        }
        v[_cueBetweenSum] = sum;
        v[_cueBetweenCount] = count;
        v[_cueBetween] = between;
        v[_cueOutside] = around;
        v[_cueSentence] = f.StrongestCue(r);
        v[_bestOtherCueBetween] = f.StrongestOtherCueBetween(lo, hi, r);
        v[_cueSpotsOfRelation] = f.CueSpots[r];
        v[_lexiconOfRelation] = f.LexiconSpots[r];
        // The slot is 0 here (the sentence's fill clears the vector): the count is what adding one per trigger made.
        v[_otherTriggersBetween] += f.OtherTriggersBetween(lo, hi, c.RelationId);
    }

    private void FillMention(MentionSlots slots, EntityMention m, Entity agent, SentenceFacts f, Span<float> v)
    {
        v[slots.Kind + (int)agent.Kind] = 1;
        v[slots.Form + (int)m.Form] = 1;
        v[slots.Role + (int)m.Role] = 1;
        v[slots.Possessive] = m.Possessive ? 1 : 0;
        v[slots.Suffix] = m.Suffix is null ? 0 : 1;
        v[slots.Regime] = m.RegimePhrase ? 1 : 0;
        var (index, prep) = f.PlaceOf(m);
        var p = prep is null ? Array.IndexOf(Preps, "none") : Array.IndexOf(Preps, prep) is var i and >= 0 ? i : Preps.Length - 1;
        v[slots.Prep + p] = 1;
        v[slots.Index] = index;
        v[slots.IsFirst] = index == 0 ? 1 : 0;
        v[slots.IsLast] = index == f.Arguments.Count - 1 ? 1 : 0;
        v[slots.Length] = m.Last - m.First;
        v[slots.Resolved] = agent.Id == m.Entity.Id ? 0 : 1;
    }

    private void FillShape(SentenceFacts f, EntityMention a, EntityMention b, Entity ea, Entity eb, Span<float> v)
    {
        var s = f.Sentence;
        var (first, second) = a.First <= b.First ? (a, b) : (b, a);
        v[_aFirst] = a.First <= b.First ? 1 : 0;
        v[_distance] = Math.Max(0, second.First - first.Last);
        foreach (var m in f.Arguments)
            if (m.First >= first.Last && m.Last <= second.First) v[_actorsBetween]++;
        var onlyJoiners = true;
        for (var k = first.Last; k < second.First; k++)
        {
            var t = s.Tokens[k];
            if (t.Is(",")) v[_commasBetween]++;
            if (s.HardBreakAfter[k]) v[_hardBreak] = 1;
            if (!f.Args.Words.Is(t, WordClass.PairJoiner)) onlyJoiners = false;
        }
        v[_sameClause] = s.ClauseOf[a.First] == s.ClauseOf[b.First] ? 1 : 0;
        v[_coordinated] = onlyJoiners && second.First > first.Last ? 1 : 0;
        v[_adjacent] = second.First - first.Last <= 1 ? 1 : 0;
        var before = first.First - 1;
        while (before >= 0 && f.Args.Words.Is(s.Tokens[before], WordClass.TheOrBoth)) before--;
        v[_betweenWord] = before >= 0 && f.Args.Words.Is(s.Tokens[before], WordClass.BetweenOrAmong) ? 1 : 0;
        v[_aCountryB] = ea.Country == eb.Id ? 1 : 0;
        v[_bCountryA] = eb.Country == ea.Id ? 1 : 0;
        v[_linkAB] = Linked(ea, eb) || Linked(a.Entity, b.Entity) ? 1 : 0;
        v[_linkBA] = Linked(eb, ea) || Linked(b.Entity, a.Entity) ? 1 : 0;
        v[_appositive] = f.Args.AppositiveBefore(second) == first ? 1 : 0;
        v[_aInRelative] = f.Args.Relatives.Around(a.First) is null ? 0 : 1;
        v[_bInRelative] = f.Args.Relatives.Around(b.First) is null ? 0 : 1;
        v[_sameEntityKind] = ea.Kind == eb.Kind ? 1 : 0;
    }

    private static bool Linked(Entity from, Entity to)
    {
        // By index: a foreach over the interface made an enumerator object for every pair.
        var links = from.Links;
        for (var i = 0; i < links.Count; i++)
            if (links[i].Target == to.Id) return true;
        return false;
    }

    private static int FrameIndex(string? frame) => frame is null ? Frames.Length - 1 : Array.IndexOf(Frames, frame) is var i and >= 0 ? i : Frames.Length - 1;

    /// <summary>
    /// <see cref="FrameIndex"/> of a rule's frame (<see cref="CandidateFinder.FrameOf"/>) read in place: every draft of
    /// every candidate is read, and cutting the frame out of the rule id made a string each time (a fifth of what a
    /// text of names without a full stop allocated).
    /// </summary>
    private static int RuleFrameIndex(string rule)
    {
        var frame = rule.AsSpan(rule.IndexOf('.') + 1);
        for (var i = 0; i < Frames.Length; i++)
            if (frame.SequenceEqual(Frames[i])) return i;
        return Frames.Length - 1;
    }

    private static int OrderOf(int a, int b, int t) =>
        a < t && t < b ? 1 : b < t && t < a ? 2 : t <= a && a < b ? 3 : t <= b && b < a ? 4 : a < b ? 5 : 6;

    private static float ActorsBetween(SentenceFacts f, EntityMention m, int t)
    {
        var (lo, hi) = m.First < t ? (m.Last, t) : (t + 1, m.First);
        var n = 0;
        foreach (var x in f.Arguments)
            if (x.First >= lo && x.Last <= hi) n++;
        return n;
    }

    private static bool Contains(List<EntityMention>? group, EntityMention m)
    {
        if (group is null) return false;
        foreach (var x in group)
            if (x == m) return true;
        return false;
    }
}

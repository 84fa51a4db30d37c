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
         "basing", "aimed", "relies-on", "host", "compound", "apposition-role", "possessor-role", "role-of", "adjective-role", "despite", "via", "joint", "other"];
    private static readonly string[] NextWords = ["to", "from", "with", "by", "for", "on", "against", "of", "in", "into", "that", "and", "none", "other"];
    private static readonly int ContextSlots = Enum.GetValues<ContextSlot>().Length;
    private static readonly WordSet Determiners = ["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "'s", "of"];

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
    private readonly int _contextRate, _contextSeen, _spotCue, _suffixCueA, _suffixCueB;

    private readonly record struct MentionSlots(int Kind, int Form, int Role, int Possessive, int Suffix, int Regime, int Prep, int Index, int IsFirst, int IsLast, int Length, int Resolved);

    public PairFeatures()
    {
        var l = Layout;
        _relation = l.AddGroup("relation", RelationTypes.All.Select(r => r.Id));
        _symmetric = l.Add("relation.symmetric");
        _sphere = l.AddGroup("sphere", Enum.GetNames<Sphere>());

        _spotKind = l.AddGroup("spot", SpotKinds);
        _spotWeight = l.Add("spot.weight");
        _frame = l.AddGroup("spot.frame", Frames);
        _order = l.AddGroup("order", Orders);
        _distAT = l.Add("dist.a-t");
        _distTB = l.Add("dist.t-b");
        _absAT = l.Add("absdist.a-t");
        _absTB = l.Add("absdist.t-b");
        _sameClauseAT = l.Add("clause.a=t");
        _sameClauseTB = l.Add("clause.t=b");
        _actorsAT = l.Add("actors.a-t");
        _actorsTB = l.Add("actors.t-b");
        _endsEd = l.Add("spot.ends-ed");
        _endsIng = l.Add("spot.ends-ing");
        _endsS = l.Add("spot.ends-s");
        _nounContext = l.Add("spot.after-determiner");
        _passive = l.Add("spot.passive");
        _next = l.AddGroup("spot.next", NextWords);
        _ruleSubjA = l.Add("args.a-is-subject");
        _ruleSubjB = l.Add("args.b-is-subject");
        _ruleObjA = l.Add("args.a-is-object");
        _ruleObjB = l.Add("args.b-is-object");

        _ruleExact = l.Add("rule.exact");
        _ruleExactCount = l.Add("rule.exact-count");
        _ruleReversed = l.Add("rule.reversed");
        _ruleOtherRelation = l.Add("rule.pair-other-relation");
        _ruleSameSubject = l.Add("rule.a-subject-other-object");
        _ruleSameObject = l.Add("rule.b-object-other-subject");
        _ruleConfidence = l.Add("rule.confidence");
        _rulePresupposed = l.Add("rule.presupposed");
        _ruleFrame = l.AddGroup("rule.frame", Frames);

        _cueBetween = l.Add("cue.between");
        _cueOutside = l.Add("cue.around");
        _cueSentence = l.Add("cue.sentence");
        _cueSpotsOfRelation = l.Add("cue.spots");
        _lexiconOfRelation = l.Add("lexicon.spots");
        _lexiconRelations = l.Add("lexicon.relations-in-sentence");
        _otherTriggersBetween = l.Add("lexicon.other-between");
        _bestOtherCueBetween = l.Add("cue.other-between");

        _a = Mention(l, "a");
        _b = Mention(l, "b");

        _aFirst = l.Add("pair.a-first");
        _distance = l.Add("pair.distance");
        _actorsBetween = l.Add("pair.actors-between");
        _commasBetween = l.Add("pair.commas-between");
        _sameClause = l.Add("pair.same-clause");
        _hardBreak = l.Add("pair.hard-break");
        _coordinated = l.Add("pair.coordinated");
        _adjacent = l.Add("pair.adjacent");
        _betweenWord = l.Add("pair.between-word");
        _aCountryB = l.Add("kb.a-country-is-b");
        _bCountryA = l.Add("kb.b-country-is-a");
        _linkAB = l.Add("kb.a-linked-to-b");
        _linkBA = l.Add("kb.b-linked-to-a");
        _appositive = l.Add("pair.appositive");
        _aInRelative = l.Add("pair.a-in-relative");
        _bInRelative = l.Add("pair.b-in-relative");
        _sameEntityKind = l.Add("pair.same-kind");

        _sentenceIndex = l.Add("sentence.index");
        _firstSentence = l.Add("sentence.lede");
        _sentenceLength = l.Add("sentence.length");
        _argumentCount = l.Add("sentence.arguments");
        _quotes = l.Add("sentence.quoted");
        _attributedA = l.Add("attribution.covers-a");
        _attributedB = l.Add("attribution.covers-b");
        _speakerA = l.Add("attribution.a-speaks");
        _speakerB = l.Add("attribution.b-speaks");
        _negation = l.Add("cues.negation");
        _hedge = l.Add("cues.hedge");
        _materielInSentence = l.Add("materiel.sentence");
        _materielBetween = l.Add("materiel.between");
        _money = l.Add("sentence.money");
        _heading = l.Add("sentence.heading");
        _contextRate = l.AddGroup("context.rate", Enum.GetNames<ContextSlot>());
        _contextSeen = l.AddGroup("context.seen", Enum.GetNames<ContextSlot>());
        _spotCue = l.Add("spot.cue");
        _suffixCueA = l.Add("a.suffix-cue");
        _suffixCueB = l.Add("b.suffix-cue");
    }

    public FeatureLayout Layout { get; } = new();

    public int Count => Layout.Count;

    private static MentionSlots Mention(FeatureLayout l, string who) => new(
        l.AddGroup(who + ".kind", Kinds), l.AddGroup(who + ".form", Forms), l.AddGroup(who + ".role", Roles),
        l.Add(who + ".possessive"), l.Add(who + ".suffix"), l.Add(who + ".regime"), l.AddGroup(who + ".prep", Preps),
        l.Add(who + ".index"), l.Add(who + ".first-argument"), l.Add(who + ".last-argument"), l.Add(who + ".tokens"), l.Add(who + ".stands-for-other"));

    public void Fill(PairCandidate c, SentenceFacts f, Span<float> v)
    {
        v.Clear();
        var s = c.Sentence;
        var (a, b) = (c.A, c.B);
        var type = RelationTypes.All[c.Relation];
        v[_relation + c.Relation] = 1;
        v[_symmetric] = type.Symmetric ? 1 : 0;
        v[_sphere + (int)type.Sphere] = 1;

        FillSpot(c, f, v);
        FillRules(c, f, v);
        FillCues(c, f, v);
        FillMention(_a, c, a, c.AgentA, f, v);
        FillMention(_b, c, b, c.AgentB, f, v);
        FillPair(c, f, v);

        v[_sentenceIndex] = s.Index;
        v[_firstSentence] = f.IsLede ? 1 : 0;
        v[_sentenceLength] = s.Tokens.Count;
        v[_argumentCount] = f.Arguments.Count;
        v[_heading] = s.Span.IsHeading ? 1 : 0;
        foreach (var at in s.Attributions)
        {
            if (at.First <= a.First && a.First < at.Last) v[_attributedA] = 1;
            if (at.First <= b.First && b.First < at.Last) v[_attributedB] = 1;
            if (at.Quoted) v[_quotes] = 1;
            if (at.SpeakerEntity is { } speaker)
            {
                if (speaker.Id == a.Entity.Id) v[_speakerA] = 1;
                if (speaker.Id == b.Entity.Id) v[_speakerB] = 1;
            }
        }
        foreach (var cue in s.Cues)
        {
            if (cue.Negation) v[_negation] = 1;
            if (cue.Certainty is not null and not Certainty.Asserted) v[_hedge] = 1;
        }
        var (lo, hi) = (Math.Min(a.First, b.First), Math.Max(a.Last, b.Last));
        foreach (var m in s.Mentions)
        {
            if (!m.IsMateriel) continue;
            v[_materielInSentence]++;
            if (m.First >= lo && m.Last <= hi) v[_materielBetween]++;
        }
        foreach (var t in s.Tokens)
            if (t.Text is "$" or "€" or "£" || t.Lower is "million" or "billion" or "dollars" or "rubles" or "yuan") v[_money] = 1;
        FillContext(c, f, v);
    }

    private void FillContext(PairCandidate c, SentenceFacts f, Span<float> v)
    {
        Span<string?> slots = new string?[ContextSlots];
        PairContext.Fill(c.Sentence, c.A, c.B, slots);
        for (var k = 0; k < slots.Length; k++)
        {
            var (rate, seen) = f.Contexts.Estimate((ContextSlot)k, slots[k]);
            v[_contextRate + k] = rate;
            v[_contextSeen + k] = MathF.Log(1 + seen);
        }
        if (c.Spot.Exists) v[_spotCue] = f.CueWeights[c.Spot.First] is { Length: > 0 } w ? w[c.Relation] : 0;
        v[_suffixCueA] = SuffixCue(c.A, c.Relation, f);
        v[_suffixCueB] = SuffixCue(c.B, c.Relation, f);
    }

    /// <summary>"Iran-backed": the learned cue weight of the word a mention's hyphenated suffix makes, for this relation.</summary>
    private static float SuffixCue(EntityMention m, int relation, SentenceFacts f)
    {
        if (m.Suffix is null) return 0;
        foreach (var w in f.Cues.For(WordStem.Of(m.Suffix.ToLowerInvariant())))
            if (w.Relation == relation) return w.Weight;
        return 0;
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
        v[_nounContext] = t > 0 && (Determiners.Contains(s.Tokens[t - 1]) || s.MentionAt(t - 1) is { Possessive: true }) ? 1 : 0;
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
            v[_ruleFrame + FrameIndex(CandidateFinder.FrameOf(d.Rule))] = 1;
        }
        var relation = c.RelationId;
        var (ida, idb) = (c.A.Entity.Id, c.B.Entity.Id);
        foreach (var d in f.Drafts)
        {
            if (d.Object is null) continue;
            var (s, o) = (d.Subject.Id, d.Object.Id);
            var sameRelation = d.Relation == relation;
            if (sameRelation && s == idb && o == ida) v[_ruleReversed] = 1;
            if (!sameRelation && (s == ida && o == idb || s == idb && o == ida)) v[_ruleOtherRelation] = 1;
            if (sameRelation && s == ida && o != idb) v[_ruleSameSubject] = 1;
            if (sameRelation && o == idb && s != ida) v[_ruleSameObject] = 1;
        }
    }

    private void FillCues(PairCandidate c, SentenceFacts f, Span<float> v)
    {
        var s = c.Sentence;
        var r = c.Relation;
        var (lo, hi) = (Math.Min(c.A.Last, c.B.Last), Math.Max(c.A.First, c.B.First));
        float between = 0, around = 0, anywhere = 0, otherBetween = 0;
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            var w = f.CueWeights[k];
            if (w.Length == 0) continue;
            anywhere = Math.Max(anywhere, w[r]);
            if (k >= lo && k < hi)
            {
                between = Math.Max(between, w[r]);
                for (var x = 0; x < w.Length; x++)
                    if (x != r) otherBetween = Math.Max(otherBetween, w[x]);
            }
            else if (k >= Math.Min(c.A.First, c.B.First) - 5 && k < Math.Max(c.A.Last, c.B.Last) + 5) around = Math.Max(around, w[r]);
        }
        v[_cueBetween] = between;
        v[_cueOutside] = around;
        v[_cueSentence] = anywhere;
        v[_bestOtherCueBetween] = otherBetween;
        if (f.Spots.TryGetValue(r, out var spots))
            foreach (var spot in spots)
            {
                if (spot.Kind == SpotKind.Cue) v[_cueSpotsOfRelation]++;
                if (spot.Kind == SpotKind.Lexicon) v[_lexiconOfRelation]++;
            }
        var relations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in s.Triggers)
        {
            relations.Add(t.Entry.Relation);
            if (t.First >= lo && t.First < hi && t.Entry.Relation != c.RelationId) v[_otherTriggersBetween]++;
        }
        v[_lexiconRelations] = relations.Count;
    }

    private void FillMention(MentionSlots slots, PairCandidate c, EntityMention m, Entity agent, SentenceFacts f, Span<float> v)
    {
        v[slots.Kind + (int)agent.Kind] = 1;
        v[slots.Form + (int)m.Form] = 1;
        v[slots.Role + (int)m.Role] = 1;
        v[slots.Possessive] = m.Possessive ? 1 : 0;
        v[slots.Suffix] = m.Suffix is null ? 0 : 1;
        v[slots.Regime] = m.RegimePhrase ? 1 : 0;
        var prep = f.Args.PrepositionBefore(m);
        var p = prep is null ? Array.IndexOf(Preps, "none") : Array.IndexOf(Preps, prep) is var i and >= 0 ? i : Preps.Length - 1;
        v[slots.Prep + p] = 1;
        var index = f.Arguments.IndexOf(m);
        v[slots.Index] = index;
        v[slots.IsFirst] = index == 0 ? 1 : 0;
        v[slots.IsLast] = index == f.Arguments.Count - 1 ? 1 : 0;
        v[slots.Length] = m.Last - m.First;
        v[slots.Resolved] = agent.Id == m.Entity.Id ? 0 : 1;
    }

    private void FillPair(PairCandidate c, SentenceFacts f, Span<float> v)
    {
        var s = c.Sentence;
        var (a, b) = (c.A, c.B);
        var (first, second) = a.First <= b.First ? (a, b) : (b, a);
        v[_aFirst] = a.First <= b.First ? 1 : 0;
        v[_distance] = Math.Max(0, second.First - first.Last);
        v[_actorsBetween] = 0;
        foreach (var m in f.Arguments)
            if (m.First >= first.Last && m.Last <= second.First) v[_actorsBetween]++;
        var onlyJoiners = true;
        for (var k = first.Last; k < second.First; k++)
        {
            var t = s.Tokens[k];
            if (t.Is(",")) v[_commasBetween]++;
            if (s.HardBreakAfter[k]) v[_hardBreak] = 1;
            if (!(t.Lower is "and" or "or" or "," or "the" or "both")) onlyJoiners = false;
        }
        v[_sameClause] = s.ClauseOf[a.First] == s.ClauseOf[b.First] ? 1 : 0;
        v[_coordinated] = onlyJoiners && second.First > first.Last ? 1 : 0;
        v[_adjacent] = second.First - first.Last <= 1 ? 1 : 0;
        var before = first.First - 1;
        while (before >= 0 && s.Tokens[before].Lower is "the" or "both") before--;
        v[_betweenWord] = before >= 0 && s.Tokens[before].Lower is "between" or "among" ? 1 : 0;
        var (ea, eb) = (c.AgentA, c.AgentB);
        v[_aCountryB] = ea.Country == eb.Id ? 1 : 0;
        v[_bCountryA] = eb.Country == ea.Id ? 1 : 0;
        v[_linkAB] = ea.Links.Any(l => l.Target == eb.Id) || a.Entity.Links.Any(l => l.Target == b.Entity.Id) ? 1 : 0;
        v[_linkBA] = eb.Links.Any(l => l.Target == ea.Id) || b.Entity.Links.Any(l => l.Target == a.Entity.Id) ? 1 : 0;
        v[_appositive] = f.Args.AppositiveBefore(second) == first ? 1 : 0;
        v[_aInRelative] = f.Args.Relatives.Around(a.First) is null ? 0 : 1;
        v[_bInRelative] = f.Args.Relatives.Around(b.First) is null ? 0 : 1;
        v[_sameEntityKind] = ea.Kind == eb.Kind ? 1 : 0;
    }

    private static int FrameIndex(string? frame) => frame is null ? Frames.Length - 1 : Array.IndexOf(Frames, frame) is var i and >= 0 ? i : Frames.Length - 1;

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

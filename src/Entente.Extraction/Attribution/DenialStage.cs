using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations;

namespace Entente.Extraction.Attribution;

/// <summary>
/// A party's denial of what the text said before it: "Moscow denied the report", "Hezbollah denied any responsibility
/// for the strike", "an allegation Iran denies", "the ministry called the accusations baseless". The ontology makes a
/// party's own denial a claim of its own, with the denied claim's triple and certainty denied, which leaves the claim
/// it denies as it was. This stage adds those claims as drafts: for each claim of the sentence (before the denial) or
/// of the two sentences before it that has a denier as a party. It reads drafts only, so it serves every producer of
/// drafts, and runs after them all. A denial with its own content ("denied supplying drones") needs none: the cue
/// reaches that content's own claims. A denial that names the claim it denies ("rejected allegations that …") also
/// gives that claim as alleged or reported.
/// </summary>
public sealed class DenialStage(Func<Entity, Entity> party, WordClasses words) : IExtractionStage
{
    /// <summary>How many sentences back a denial can point.</summary>
    private const int Reach = 2;

    public void Run(DocumentAnalysis analysis)
    {
        if (analysis.Drafts.Count == 0) return;
        ILookup<int, ClaimDraft>? bySentence = null;
        var added = new List<ClaimDraft>();
        foreach (var s in analysis.EachSentence())
        {
            for (var k = 0; k < s.Tokens.Count; k++)
            {
                if (!Denial(s, k, out var objectEnd, out var pointsBefore)) continue;
                // Made at the first denial: most documents have none.
                bySentence ??= analysis.Drafts.ToLookup(d => d.Sentence.Index);
                if (!DraftsWithinReach(bySentence, s.Index)) break;
                AddEchoes(s, k, objectEnd, pointsBefore, bySentence, added);
                break;
            }
        }
        foreach (var d in analysis.Drafts)
            if (DeniedReport(d) is { } certainty) added.Add(Restated(d, certainty));
        analysis.Drafts.AddRange(added);
    }

    /// <summary>
    /// "The US rejected a claim by the Houthis that they attacked the ship", "Cairo denied reports that it sold
    /// rockets": the claim stands in the denial itself. The denial makes it denied (the cue reaches it); the claim
    /// the denial names is said too, as the allegation or report it is, and the ontology keeps both. The certainty
    /// the named claim carries, or null when the draft is no such claim.
    /// </summary>
    private Certainty? DeniedReport(ClaimDraft d)
    {
        if (d.Certainty is not null) return null;
        var s = d.Sentence;
        for (var k = d.TriggerFirst - 1; k >= 1 && k >= d.TriggerFirst - 12; k--)
        {
            if (!words.Is(s.Tokens[k], WordClass.AccusationNoun)) continue;
            for (var j = k - 1; j >= 0 && j >= k - 3; j--)
                if (words.Is(s.Tokens[j], WordClass.DenialWord)) return words.Is(s.Tokens[k], WordClass.ReportNoun) ? Certainty.Reported : Certainty.Alleged;
        }
        return null;
    }

    /// <summary>The claim a denial names, said again with the certainty its naming gives it.</summary>
    private static ClaimDraft Restated(ClaimDraft d, Certainty certainty) => new()
    {
        Sentence = d.Sentence,
        Subject = d.Subject,
        Relation = d.Relation,
        Object = d.Object,
        Rule = "denied-claim",
        TriggerFirst = d.TriggerFirst,
        TriggerLast = d.TriggerLast,
        SpanFirst = d.SpanFirst,
        SpanLast = d.SpanLast,
        Materiel = [.. d.Materiel],
        Place = d.Place,
        Quantity = d.Quantity,
        Phase = d.Phase,
        Certainty = certainty,
        Confidence = d.Confidence - 10,
    };

    /// <summary>
    /// The echoes of one denial, unless the sentence already says the same claim after the denial ("denied supplying
    /// drones to Russia") or an echo of it was made. A method of its own: its lambdas would otherwise make their closure
    /// for every sentence of the document, denial or not.
    /// </summary>
    private void AddEchoes(SentenceAnalysis s, int k, int objectEnd, bool pointsBefore, ILookup<int, ClaimDraft> bySentence, List<ClaimDraft> added)
    {
        var deniers = Deniers(s, k, pointsBefore);
        if (deniers.Count == 0) return;
        foreach (var denied in Denied(s, k, pointsBefore, deniers, bySentence))
            if (!added.Any(a => a.Sentence == s && Same(a, denied)) && (Despite(s, k) || !bySentence[s.Index].Any(d => d.TriggerFirst > k && Same(d, denied))))
                added.Add(Echo(denied, s, k, Math.Min(k, deniers.Min(m => m.First)), Math.Max(objectEnd, k + 1)));
    }

    /// <summary>A denial can only repeat claims of its own sentence or of the <see cref="Reach"/> sentences before it.</summary>
    private static bool DraftsWithinReach(ILookup<int, ClaimDraft> bySentence, int sentence)
    {
        for (var back = 0; back <= Reach; back++)
            if (bySentence.Contains(sentence - back)) return true;
        return false;
    }

    /// <summary>
    /// A denial at token <paramref name="k"/> that points back: a denial word followed by "the report", "any
    /// involvement", "this" (<paramref name="pointsBefore"/> false: the claims are in earlier sentences), or preceded by
    /// one ("an allegation Moscow denies", "despite denials": the claims are earlier in this sentence too); or "the
    /// accusations" called untrue.
    /// </summary>
    private bool Denial(SentenceAnalysis s, int k, out int objectEnd, out bool pointsBefore)
    {
        objectEnd = k + 1;
        pointsBefore = false;
        var t = s.Tokens[k];
        if (words.Is(t, WordClass.DenialWord))
        {
            for (var j = k + 1; j < s.Tokens.Count && j <= k + 4; j++)
            {
                if (words.Is(s.Tokens[j], WordClass.DeniedThing))
                {
                    objectEnd = j + 1;
                    return !(words.Is(s.Tokens[j], WordClass.ThatOrIt) && FollowedByClause(s, j));
                }
                if (!words.Is(s.Tokens[j], WordClass.DeterminerBeforeDeniedThing) && s.MentionAt(j) is null) break;
            }
            // "an allegation Moscow denies", "allegations Iran has repeatedly denied", "despite denials from …"
            for (var j = k - 1; j >= 0 && j >= k - 5; j--)
                if (words.Is(s.Tokens[j], WordClass.DeniedBefore) || words.Is(t, WordClass.DenialNoun))
                {
                    pointsBefore = true;
                    return true;
                }
            return false;
        }
        if (words.Is(t, WordClass.AccusationNoun))
            for (var j = k + 1; j < s.Tokens.Count && j <= k + 6; j++)
                if (words.Is(s.Tokens[j], WordClass.UntrueWord))
                {
                    objectEnd = j + 1;
                    return true;
                }
        return false;
    }

    /// <summary>"despite denials", "despite Minsk's repeated denials": a denial conceded before what it denies.</summary>
    private bool Despite(SentenceAnalysis s, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 4; j--)
            if (words.Is(s.Tokens[j], WordClass.Concessive)) return true;
        return false;
    }

    /// <summary>"denied that it had …", "denied it exported …": a clause follows, which carries its own claims.</summary>
    private bool FollowedByClause(SentenceAnalysis s, int j) =>
        j + 1 < s.Tokens.Count && (s.MentionAt(j + 1) is not null || words.Is(s.Tokens[j + 1], WordClass.ClauseStartAfterDenial));

    /// <summary>
    /// Who denies: the actors of the clause before the denial ("Rwanda and Uganda deny …"), the actor right before it or
    /// after "by" or "from" ("an allegation Moscow denies", "denied by Baku", "denials from Pyongyang"), or the
    /// speaker of the sentence ("the ministry said the claims were baseless").
    /// </summary>
    private List<Mentions.EntityMention> Deniers(SentenceAnalysis s, int k, bool pointsBefore)
    {
        var found = new List<Mentions.EntityMention>();
        var clause = s.ClauseOf[k];
        foreach (var m in s.Mentions)
        {
            if (!m.IsActor) continue;
            var before = m.Last <= k && m.Last >= k - 6 && (s.ClauseOf[m.First] == clause || !pointsBefore && m.Last >= k - 3);
            var after = m.First > k && m.First <= k + 6 && ByOrFrom(s, k, m.First);
            if (before || after) found.Add(m);
        }
        // "Venezuela's foreign minister, Jorge Arreaza, rejected the claims": the subject before the verb, however far.
        if (found.Count == 0 && !pointsBefore)
            foreach (var m in s.Mentions)
            {
                if (m.IsActor && m.Last <= k && NoVerbBetween(s, m.Last, k)) found.Add(m);
                if (found.Count > 0) break;
            }
        if (found.Count == 0 && AttributionScope.Covering(s, k)?.SpeakerEntity is { } speaker)
            foreach (var m in s.Mentions)
                if (m.Entity == speaker) found.Add(m);
        return found;
    }

    /// <summary>"denied by an aide to Azerbaijan's president", "denials from Pyongyang": the denier after "by" or "from".</summary>
    private bool ByOrFrom(SentenceAnalysis s, int k, int at)
    {
        for (var j = k + 1; j < at; j++)
            if (words.Is(s.Tokens[j], WordClass.AgentPreposition)) return true;
        return false;
    }

    private bool NoVerbBetween(SentenceAnalysis s, int from, int to)
    {
        for (var j = from; j < to; j++)
            if (Time.ClauseTense.IsPastForm(s.Tokens[j], words) || words.Is(s.Tokens[j], WordClass.BeOrSay)) return false;
        return true;
    }

    /// <summary>The drafts a denial points back to: of this sentence before it, or of the sentences just before, with a denier as a party.</summary>
    private IEnumerable<ClaimDraft> Denied(SentenceAnalysis s, int k, bool pointsBefore, List<Mentions.EntityMention> deniers, ILookup<int, ClaimDraft> bySentence)
    {
        var ids = deniers.Select(m => party(m.Entity).Id).ToHashSet(StringComparer.Ordinal);
        bool Involves(ClaimDraft d) => ids.Contains(party(d.Subject).Id) || d.Object is not null && ids.Contains(party(d.Object).Id);
        var here = bySentence[s.Index].Where(d => d.TriggerLast <= k && d.Certainty is null && Involves(d)).ToList();
        // "Despite denials from Minsk, Belarus supplies Russia with shells": an opening denial denies the clause after it.
        if (here.Count == 0 && Despite(s, k)) return bySentence[s.Index].Where(d => d.TriggerFirst > k && d.Certainty is null && Involves(d)).ToList();
        if (here.Count > 0 || pointsBefore) return here;
        for (var back = 1; back <= Reach && s.Index - back >= 0; back++)
        {
            var earlier = bySentence[s.Index - back].Where(d => d.Certainty is null && Involves(d)).ToList();
            if (earlier.Count > 0) return earlier;
        }
        return [];
    }

    private bool Same(ClaimDraft a, ClaimDraft b) =>
        a.Relation == b.Relation && party(a.Subject).Id == party(b.Subject).Id && (a.Object is null ? b.Object is null : b.Object is not null && party(a.Object).Id == party(b.Object).Id);

    /// <summary>The denied claim again, said by the denial's words, with certainty denied.</summary>
    private static ClaimDraft Echo(ClaimDraft denied, SentenceAnalysis s, int verb, int spanFirst, int spanLast) => new()
    {
        Sentence = s,
        Subject = denied.Subject,
        Relation = denied.Relation,
        Object = denied.Object,
        Rule = "denial",
        TriggerFirst = verb,
        TriggerLast = verb + 1,
        SpanFirst = spanFirst,
        SpanLast = spanLast,
        Materiel = [.. denied.Materiel],
        Place = denied.Place,
        Phase = denied.Phase,
        Certainty = Certainty.Denied,
        Confidence = denied.Confidence - 10,
    };
}

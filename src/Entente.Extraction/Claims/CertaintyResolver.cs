using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Attribution;
using Entente.Extraction.Cues;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Relations;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Claims;

/// <summary>
/// Settles certainty and phase from the cues that reach a claim's trigger and from the attribution that reaches it
/// (<see cref="AttributionScope"/>): the strongest cue wins and a hedge beats attribution ("officials said Russia may
/// be providing" is possible), a speaker's verb gives its own certainty ("claims" alleges); a negation by the author
/// makes the claim false, by a speaker (or "denied") a denial. Refusing a hostile act ("declined to join sanctions on
/// Russia") is reported as diplomatic support instead. It reads the draft's sentence, trigger and parties only.
/// </summary>
public static class CertaintyResolver
{
    /// <param name="party">Who an entity counts as (an official as its state), to tell a party's own statement.</param>
    /// <returns>
    /// With <c>Refuser</c> set when a refusal reaches a hostile act whose subject is named only inside what was refused
    /// ("India declined to join Western sanctions on Russia"): the act stands as its own subject's, and the refusal,
    /// diplomatic support, is this actor's, the one before the refusal in its clause.
    /// </returns>
    public static (Certainty Certainty, Phase Phase, AttributionSpan? Attribution, List<string> Cues, bool RefusedHostility, Entity? Refuser) Resolve(ClaimDraft d, Func<Entity, Entity> party, WordClasses words)
    {
        Entity? refuser = null;
        var s = d.Sentence;
        var cues = new List<string>();
        var certainty = Certainty.Asserted;
        Phase? phase = null;
        var negated = false;
        var refused = false;
        var hostile = RelationTypes.TryGet(d.Relation, out var type) && type.Hostile;
        foreach (var c in CueScopes.Reaching(s, words, d.TriggerFirst, d.TriggerLast))
        {
            cues.Add(c.Text);
            if (c.Negation && !c.Refusal && NegatesAnotherVerb(s, c, d, words)) continue;
            if (c.Refusal && hostile && !d.Presupposed && NamedOnlyAfter(s, d.Subject, c.Last))
            {
                refuser = ActorBefore(s, c.First);
                continue;
            }
            if (c.Refusal && hostile && !d.Presupposed) refused = true;
            else if (c.Negation && !d.Presupposed) negated = true;
            if (c.Certainty is { } cert && !d.Presupposed && CueScopes.Strength(cert) > CueScopes.Strength(certainty)) certainty = cert;
            if (c.Phase is { } p && (phase is null || Rank(p) > Rank(phase.Value))) phase = p;
        }
        var attribution = AttributionScope.Over(d, party, words);
        if (attribution is not null && CueScopes.Strength(attribution.Certainty) > CueScopes.Strength(certainty)) certainty = attribution.Certainty;
        if (negated)
            certainty = attribution is not null || certainty == Certainty.Denied ? Certainty.Denied : Certainty.False;
        phase = d.Phase ?? phase ?? (Progressive(d, words) ? Phase.Ongoing : Phase.Occurred);
        if (d.Certainty is { } forced) certainty = forced;
        return (certainty, phase.Value, attribution, cues, refused, refuser);
    }

    /// <summary>The subject is named in the sentence, and only after <paramref name="from"/>.</summary>
    private static bool NamedOnlyAfter(Pipeline.SentenceAnalysis s, Entity subject, int from)
    {
        var named = false;
        foreach (var m in s.Mentions)
        {
            if (m.Entity != subject && m.Serves != subject) continue;
            if (m.First < from) return false;
            named = true;
        }
        return named;
    }

    /// <summary>The last actor of <paramref name="before"/>'s clause before it.</summary>
    private static Entity? ActorBefore(Pipeline.SentenceAnalysis s, int before)
    {
        Entity? found = null;
        foreach (var m in s.Mentions)
            if (m.Last <= before && m.IsActor && s.ClauseOf[m.First] == s.ClauseOf[before]) found = m.Serves ?? m.Entity;
        return found;
    }

    /// <summary>
    /// "Egypt will not accept Ethiopian attacks", "has not confirmed the deployment": a verb's negation that
    /// reaches a trigger after another verb denies that verb, not the act the trigger names; only a verb that carries
    /// its object's act ("did not carry out strikes", "has not provided support": <see cref="WordClass.NegationCarrier"/>)
    /// passes it on. A determiner's "no" ("no further strikes") is not a verb's negation and still reaches.
    /// </summary>
    private static bool NegatesAnotherVerb(Pipeline.SentenceAnalysis s, CueMention c, ClaimDraft d, WordClasses words)
    {
        if (c.Last >= d.TriggerFirst || !words.Is(s.Tokens[c.Last - 1], WordClass.VerbNegation)) return false;
        var next = new TokenCursor(s.Tokens, words, c.Last).SkipAdverbs(WordClass.ClauseAdverb);
        if (next.At >= d.TriggerFirst) return false;
        var t = s.Tokens[next.At];
        return t.Shape == TokenShape.Word && !t.IsCapitalized && s.MentionAt(next.At) is null
            && !words.Is(t, WordClass.NegationCarrier) && !words.Is(t, WordClass.Determiner) && !words.Is(t, WordClass.Article);
    }

    /// <summary>Specific phases beat "ongoing": "ongoing attempts to transfer" is an attempt.</summary>
    private static int Rank(Phase p) => p switch
    {
        Phase.Attempted => 5,
        Phase.Requested => 4,
        Phase.Planned => 3,
        Phase.Agreed => 2,
        Phase.Ongoing => 1,
        _ => 0,
    };

    /// <summary>"is providing", "are coordinating": a present progressive is ongoing.</summary>
    private static bool Progressive(ClaimDraft d, WordClasses words)
    {
        var s = d.Sentence;
        if (!s.Tokens[d.TriggerFirst].Lower.EndsWith("ing", StringComparison.Ordinal)) return false;
        var k = new TokenCursor(s.Tokens, words, d.TriggerFirst - 1).SkipAdverbsBack(WordClass.ClauseAdverb);
        if (k.Is(WordClass.PresentBe)) return true;
        // "has been selling", "have long been supplying": begun before and still going on.
        if (!k.InRange || !s.Tokens[k.At].Is("been")) return false;
        var aux = new TokenCursor(s.Tokens, words, k.At - 1).SkipAdverbsBack(WordClass.ClauseAdverb);
        return aux.InRange && (s.Tokens[aux.At].Is("has") || s.Tokens[aux.At].Is("have"));
    }
}

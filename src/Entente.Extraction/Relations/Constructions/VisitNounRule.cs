using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "The foreign minister's first stop on his Africa tour was Mali", "Putin's visit to Pyongyang", "Putin's Pyongyang visit",
/// "the visit of Prime Minister Putin to Abkhazia": a possessor's (or an "of" or "by" actor's) stop, visit or trip to (or
/// "was") a state, or to the state named before the noun.
/// </summary>
public sealed class VisitNounRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        foreach (var visitor in s.Mentions)
        {
            if (!visitor.Possessive || visitor.IsMateriel) continue;
            var k = visitor.Last + 1;
            if (k < s.Tokens.Count && c.Words.Is(s.Tokens[k], Lexicons.WordClass.VisitOrdinal)) k++;
            // "Lula's Beijing visit", "the chancellor's first Kyiv trip": the state named before the noun is the host (the
            // possessor then reads as the state's modifier, not as an actor).
            var named = k < s.Tokens.Count && s.MentionAt(k) is { Possessive: false, IsMateriel: false, Entity.Kind: EntityKind.State } m && m.First == k ? m : null;
            if (named is not null) k = named.Last;
            else if (!visitor.IsActor) continue;
            if (k >= s.Tokens.Count || !c.Words.Is(s.Tokens[k], Lexicons.WordClass.VisitNoun)) continue;
            var host = named ?? HostAfter(s, c.Words, k);
            if (host is null || host.Entity.Id == visitor.Entity.Id) continue;
            Emit(c, k, visitor, host);
        }
        // "the visit of Prime Minister Vladimir Putin to Abkhazia", "a trip by the foreign minister to Mali".
        for (var k = 0; k + 2 < s.Tokens.Count; k++)
        {
            if (!c.Words.Is(s.Tokens[k], Lexicons.WordClass.VisitNoun) || !(s.Tokens[k + 1].Is("of") || s.Tokens[k + 1].Is("by"))) continue;
            // Past the article and a title the mention leaves out ("the visit of Prime Minister Vladimir Putin").
            var at = c.Cursor(k + 2).SkipArticles().At;
            while (at < k + 6 && at < s.Tokens.Count && s.MentionAt(at) is null && s.Tokens[at] is { IsWord: true, IsCapitalized: true }) at++;
            if (s.MentionAt(at) is not { IsActor: true, Possessive: false } visitor || visitor.First != at) continue;
            if (HostAfter(s, c.Words, visitor.Last - 1) is { } host && host.Entity.Id != visitor.Entity.Id) Emit(c, k, visitor, host);
        }
    }

    private static void Emit(FrameContext c, int noun, EntityMention visitor, EntityMention host)
    {
        var t = TriggerMention.AtWord(c.S, noun, RelationTypes.Visit.Id, "noun");
        c.Emit(new FrameClaims(t, RelationTypes.Visit.Id, "visit.noun", 60) { Subjects = [visitor.Entity], Objects = [host.Entity], Arguments = [visitor, host] });
    }

    /// <summary>The first state within ten tokens after the noun, after "was", "to", "in" or "is" (a loop: a lambda here cost a closure per mention).</summary>
    private static EntityMention? HostAfter(Pipeline.SentenceAnalysis s, Lexicons.WordClasses words, int k)
    {
        foreach (var m in s.Mentions)
            if (m.First > k && m.First <= k + 10 && m.Entity.Kind == EntityKind.State && words.Is(s.Tokens[m.First - 1], Lexicons.WordClass.HostPrecedent)) return m;
        return null;
    }
}

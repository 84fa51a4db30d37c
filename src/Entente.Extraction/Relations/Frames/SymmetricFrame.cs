using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Two-sided relations: "Iran and Russia signed a deal", "the two allies are coordinating", "a pact between
/// A and B", "its war with Israel", "their alliances with Cuba and each other". A coordinated subject
/// gives one claim per pair; a partner after "with"/"between"/"against" pairs with each subject.
/// Bare nouns ("pact", "deal") need "between", "with" or a two-actor modifier.
/// </summary>
public sealed class SymmetricFrame : ITriggerFrame
{
    public IReadOnlyList<string> Names { get; } = ["symmetric", "symmetric-noun", "symmetric-sign"];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var a = c.Args;
        var end = a.RegionEnd(t);
        if (t.Entry.Frame == "symmetric-sign")
        {
            if (AgreementAfter(c, t.Last) is not { } agreementNoun) return;
            // "sign a strategic partnership treaty with Putin": the partner follows the treaty, a trigger of its own.
            foreach (var other in c.S.Triggers)
                if (other.First <= agreementNoun && agreementNoun < other.Last) end = Math.Max(end, a.RegionEnd(other));
        }
        var phraseEndsWithPrep = c.Words.Is(c.S.Tokens[t.Last - 1], WordClass.PartnerPreposition);
        var partner = phraseEndsWithPrep ? a.ObjectAfter(t.Last) : a.AfterPreposition(t.Last, end, false, "with", "between", "against", "alongside");
        var noun = t.Entry.Frame == "symmetric-noun";
        var subj = noun ? Modifiers(c, t.First) : a.SubjectOf(t.First);
        if (noun && partner is null && (subj is null || subj.Count < 2)) return;
        if (phraseEndsWithPrep && partner is null) return;
        var materiel = c.MaterielIn(t.Last, end);
        var subjects = SentenceArguments.Entities(subj).ToList();
        if (partner is not null && c.S.IsWord(partner[0].First - 1, "between") && partner.Count >= 2) (subjects, partner) = (SentenceArguments.Entities(partner).ToList(), null);
        var pairs = new List<(Core.Entities.Entity, Core.Entities.Entity)>();
        if (partner is not null)
        {
            foreach (var s in subjects)
                foreach (var p in SentenceArguments.Entities(partner)) pairs.Add((s, p));
        }
        if (partner is null || EachOther(c, t.Last, end))
            for (var i = 0; i < subjects.Count; i++)
                for (var j = i + 1; j < subjects.Count; j++) pairs.Add((subjects[i], subjects[j]));
        if (subj is not null) a.LastSubject = subj;
        var args = (subj ?? []).Concat(partner ?? []).ToList();
        var place = c.PlaceIn(t.Last, end, [])?.Entity;
        foreach (var (x, y) in pairs) c.Emit(new FrameClaims(t, t.Entry.Relation, t.Entry.RuleId, 65) { Subjects = [x], Objects = [y], Arguments = args, Materiel = materiel, Place = place });
    }

    /// <summary>"signed a mutual defence treaty": the agreement noun within five words of "signed" (the last one of
    /// "a strategic partnership treaty").</summary>
    private static int? AgreementAfter(FrameContext c, int from)
    {
        int? found = null;
        for (var k = from; k < Math.Min(c.S.Tokens.Count, from + 5); k++)
        {
            if (c.Words.Is(c.S.Tokens[k], Lexicons.WordClass.AgreementNoun)) found = k;
            else if (found is not null) break;
        }
        return found;
    }

    private static bool EachOther(FrameContext c, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
            if (c.Words.Is(c.S.Tokens[k], WordClass.ReciprocalFirst) && c.Words.Is(c.S.Tokens[k + 1], WordClass.ReciprocalSecond)) return true;
        return false;
    }

    /// <summary>Actors right before a noun ("the Russo-Iranian pact", "Russia's deal").</summary>
    private static List<EntityMention>? Modifiers(FrameContext c, int token)
    {
        var m = c.ModifierBefore(token);
        if (m is null) return null;
        return c.S.Mentions.Where(x => x.First == m.First && x.Entity.Kind.IsActorKind()).ToList();
    }
}

using Entente.Core.Ontology;
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
        // The phrase's own preposition ("war against") governs the partner, even one that elsewhere names no object.
        var partner = phraseEndsWithPrep ? a.ObjectAfter(t.Last, skipFromBy: false) : a.AfterPreposition(t.Last, end, false, WordClass.SymmetricPartnerPreposition);
        // "working closely with countries of origin to end the actions of the Lukashenko regime": an actor that another
        // preposition governs, past the words the phrase's own one governs, is no partner ("and with Tehran" repeats it).
        if (phraseEndsWithPrep && partner is [var nearest, ..] && PartnerPrepositionAt(a, nearest) != t.Last - 1
            && a.PrepositionBefore(nearest) is { } governing && governing != "including" && governing != c.S.Tokens[t.Last - 1].Lower) partner = null;
        var noun = t.Entry.Frame == "symmetric-noun";
        // A noun's partner follows it at once ("an alliance with Oman", "ties between"); farther on, "with" belongs to
        // another phrase ("the ELN-FARC alliance over land, along a road from the border with Venezuela").
        if (partner is not null && noun && PartnerPrepositionAt(a, partner[0]) != t.Last) partner = null;
        // "Kenya is fighting al-Shabaab", "Ruto met Museveni": the direct object of a verb of fighting or meeting is the other side.
        if (partner is null && t.Last == t.First + 1 && t.Entry.Frame == "symmetric"
            && (c.Words.Is(c.S.Tokens[t.First], WordClass.TransitiveConflictVerb) || c.Words.Is(c.S.Tokens[t.First], WordClass.TransitiveMeetingVerb))
            && a.ObjectAfter(t.Last) is [var first, ..] direct && first.First - t.Last <= 2 && a.PrepositionBefore(first) is null && !c.IsPassive(t)) partner = direct;
        // "Chad's war against Boko Haram": a verb phrase read as a noun after its owner takes the owner as its side.
        var owned = t.First > 0 && c.S.MentionAt(t.First - 1) is { Possessive: true, Last: var ownerEnd } && ownerEnd == t.First;
        // "fuel for the war against the TPLF": after an article that a preposition governs, the phrase is a noun with
        // no owner; "waged a war against" keeps its verb's subject.
        // "the fighting between Sudan and South Sudan" names both sides itself.
        var bothNamed = partner is { Count: >= 2 } && c.S.IsWord(partner[0].First - 1, "between");
        // A place may stand between the article and the noun: "in the Tigray war with Ethiopia".
        var article = ArticleBefore(c, t.First);
        if (!noun && !owned && !bothNamed && article >= 0
            && (article < 1 || !c.S.Tokens[article - 1].IsWord || c.Words.Is(c.S.Tokens[article - 1], WordClass.Preposition))) return;
        var subj = noun || owned ? Modifiers(c, t.First) : a.SubjectOf(t.First);
        if (subj is not null && c.Words.Is(c.S.Tokens[t.First], WordClass.TransitiveMeetingVerb) && Geographic(c, t, subj)) return;
        if (noun && partner is null && (subj is null || subj.Count < 2)) return;
        if (phraseEndsWithPrep && partner is null) return;
        var materiel = c.MaterielIn(t.Last, end);
        var subjects = SentenceArguments.Entities(subj).ToList();
        if (partner is not null && c.S.IsWord(partner[0].First - 1, "between") && partner.Count >= 2) (subjects, partner) = (SentenceArguments.Entities(partner).ToList(), null);
        // "downgraded its ties with Sweden": ties that a verb cuts are reduced, from the owner to the partner only; the
        // subjects are not paired with one another, and a pair named by "between" says no direction.
        var cut = noun && t.Entry.Relation != RelationTypes.Agreement.Id && t.Entry.Relation != RelationTypes.Conflict.Id && c.CutBefore(t.First);
        var relation = cut ? RelationTypes.ReduceRelations.Id : t.Entry.Relation;
        var pairs = new List<(Core.Entities.Entity, Core.Entities.Entity)>();
        if (partner is not null)
        {
            foreach (var s in subjects)
                foreach (var p in SentenceArguments.Entities(partner)) pairs.Add((s, p));
        }
        if (!cut && (partner is null || EachOther(c, t.Last, end)))
            for (var i = 0; i < subjects.Count; i++)
                for (var j = i + 1; j < subjects.Count; j++) pairs.Add((subjects[i], subjects[j]));
        if (subj is not null) a.LastSubject = subj;
        if (cut && partner is null) return;
        var args = (subj ?? []).Concat(partner ?? []).ToList();
        var place = c.PlaceIn(t.Last, end, [])?.Entity;
        foreach (var (x, y) in pairs) c.Emit(new FrameClaims(t, relation, t.Entry.RuleId, 65) { Subjects = [x], Objects = [y], Arguments = args, Materiel = materiel, Place = place });
    }

    /// <summary>"where the Chad, Niger and Nigeria borders meet", "the point where Sudan, Libya and Egypt meet": lands and
    /// borders that meet are geography, not a meeting.</summary>
    private static bool Geographic(FrameContext c, TriggerMention t, List<EntityMention> subj)
    {
        if (t.First > 0 && c.Words.Is(c.S.Tokens[t.First - 1], WordClass.BoundaryNoun)) return true;
        var first = subj.MinBy(m => m.First)!;
        var k = c.Cursor(first.First - 1).SkipArticlesBack().At;
        return k >= 0 && c.S.Tokens[k].Is("where");
    }

    /// <summary>
    /// The article of the noun phrase a trigger ends, past at most two place names ("the war", "the Tigray war"); -1 when
    /// none stands there. A plain word is not passed over: "engaged in a brutal war with" keeps its verb's subject.
    /// </summary>
    private static int ArticleBefore(FrameContext c, int first)
    {
        var k = first - 1;
        for (var n = 0; n < 2 && k >= 0 && !c.Words.Is(c.S.Tokens[k], WordClass.Article); n++)
        {
            if (c.S.MentionAt(k) is { Entity.Kind: Core.Entities.EntityKind.Place } place) k = place.First - 1;
            else return -1;
        }
        return k >= 0 && c.Words.Is(c.S.Tokens[k], WordClass.Article) ? k : -1;
    }

    /// <summary>Where the preposition before a partner stands (past its article), or -1.</summary>
    private static int PartnerPrepositionAt(SentenceArguments a, EntityMention partner)
    {
        var k = partner.First - 1;
        while (k > 0 && a.Words.Is(a.Sentence.Tokens[k], WordClass.DeterminerBeforeArgument)) k--;
        return k;
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

using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "The Treasury designated six firms on Tuesday. Sanctioned entities include Beta Trading and Gamma Shipping", "The
/// sanctions targeted the group's investment office", "X and Y are being designated": a story about one authority's
/// designations names the sanctioner once and then lists its targets with no agent. The rule remembers who the
/// document last named as sanctioning (a rule's sanction draft, the subject of an active "sanctioned", the owner of
/// "EU sanctions" or "U.S.-designated", the agent after "by"); at a later sanction word that no actor owns, in a
/// sentence that names a possible target, it implies that sanctioner with an <see cref="MentionForm.Implied"/> mention
/// on the word. No claim is drafted here: the relation model decides which of the sentence's actors it sanctioned, as
/// it does for any pair.
/// </summary>
public sealed class ImpliedSanctionerRule : IConstructionRule
{
    /// <summary>How many sentences back the last sanctioner may have been named.</summary>
    private const int Reach = 8;

    public void Apply(FrameContext c)
    {
        var s = c.S;
        // This rule drafts nothing, so the sentence's last sanction draft is the same before and after it.
        var drafted = LastSanctionDraft(c.Drafts, s);
        var implied = false;
        foreach (var t in s.Triggers)
        {
            if (t.Entry.Relation != RelationTypes.Sanction.Id) continue;
            if (Owner(c, t) is { } owner) c.Story.RememberSanctioner(owner.Entity, s.Index);
            else if (!implied && drafted is null && c.Story.Sanctioner is { } sanctioner
                && s.Index - c.Story.SanctionerSentence <= Reach && c.Story.SanctionerSentence < s.Index && HasTarget(s, c.Words, t, sanctioner))
            {
                s.Mentions.Add(new EntityMention(t.First, t.Last, sanctioner, MentionForm.Implied) { Role = MentionRole.Actor });
                s.SortMentions();
                implied = true;
            }
        }
        if (drafted is not null) c.Story.RememberSanctioner(drafted.Subject, s.Index);
    }

    /// <summary>The last sanction draft the rules made in this sentence, if any (the document's drafts end with the sentence's).</summary>
    private static ClaimDraft? LastSanctionDraft(IReadOnlyList<ClaimDraft> drafts, SentenceAnalysis s)
    {
        for (var k = drafts.Count - 1; k >= 0 && drafts[k].Sentence.Index == s.Index; k--)
            if (drafts[k].Relation == RelationTypes.Sanction.Id) return drafts[k];
        return null;
    }

    /// <summary>
    /// Who the sanction word names as sanctioning: a name right before it ("EU sanctions", "Washington's designation") or
    /// inside it ("U.S.-designated"), a known agent after "by", or the subject of an active verb ("Britain sanctioned").
    /// </summary>
    private static EntityMention? Owner(FrameContext c, TriggerMention t)
    {
        var s = c.S;
        foreach (var m in s.Mentions)
            if (m.Entity.Kind.IsActor() && m.Form != MentionForm.Implied && m.Last > t.First - 2 && m.First < t.Last) return m;
        var by = c.Cursor(t.Last).SkipAdverbs().At;
        if (s.IsWord(by, "by") && s.MentionAt(c.Cursor(by + 1).SkipArticles().At) is { IsActor: true } agent) return agent;
        if (t.Entry.Frame == Frames.NominalFrame.Name || c.IsPassive(t) || c.IsAttributive(t)) return null;
        return c.Args.SubjectOf(t.First, inherit: false) is [{ IsActor: true } subject, ..] && subject.Last <= t.First ? subject : null;
    }

    /// <summary>Some actor other than the sanctioner, not a state and not a place phrase ("companies in China"), could be a target.</summary>
    private static bool HasTarget(SentenceAnalysis s, WordClasses words, TriggerMention t, Entity sanctioner)
    {
        foreach (var m in s.Mentions)
        {
            if (!m.IsActor || m.Entity.Id == sanctioner.Id || m.Entity.Kind == EntityKind.State || m.First < t.First - 12) continue;
            if (m.First > 0 && words.Is(s.Tokens[m.First - 1], WordClass.PlacePhrasePreposition)) continue;
            return true;
        }
        return false;
    }
}

using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations.Frames;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "Sanctioned entities include Blue Tide Shipping and Orca Maritime", "The newly designated firms are A, B and C": a
/// sanction word before a plural noun whose members a list verb then names. The sanctioner is whoever owns the word
/// ("US-designated firms include …") or, where the story named it earlier, the implied mention
/// <see cref="ImpliedSanctionerRule"/> put on the word, so this rule runs after that one.
/// </summary>
public sealed class SanctionedListRule : IConstructionRule
{
    private const string Rule = "sanction.listed-members";

    /// <summary>How many words the noun phrase between the sanction word and its list verb may take ("entities", "firms
    /// with offices in China").</summary>
    private const int LongestPhrase = 6;

    public void Apply(FrameContext c)
    {
        var s = c.S;
        foreach (var t in s.Triggers)
        {
            if (t.Entry.Relation != RelationTypes.Sanction.Id || !s.Tokens[t.Last - 1].Lower.EndsWith("ed", StringComparison.Ordinal)) continue;
            if (ListVerbAfter(c, t) is not { } verb || Sanctioner(s, t) is not { } sanctioner) continue;
            var at = c.Cursor(verb + 1).SkipArticles().At;
            if (s.MentionAt(at) is not { IsActor: true, Possessive: false } first || first.First != at || first.Entity.Id == sanctioner.Entity.Id) continue;
            var members = DesignationList.Extend(s, c.Words, c.Args.Group(first));
            var targets = SentenceArguments.Entities(members).Where(e => e.Id != sanctioner.Entity.Id).ToList();
            if (targets.Count == 0) continue;
            c.Emit(new FrameClaims(t, RelationTypes.Sanction.Id, Rule, 60) { Subjects = [sanctioner.Entity], Objects = targets, Arguments = members.Prepend(sanctioner) });
        }
    }

    /// <summary>The list verb ("include", "are", "were") that ends the sanction word's noun phrase, within a few words and
    /// before any comma, other verb or trigger.</summary>
    private static int? ListVerbAfter(FrameContext c, TriggerMention t)
    {
        var s = c.S;
        for (var k = t.Last; k < s.Tokens.Count && k <= t.Last + LongestPhrase; k++)
        {
            var token = s.Tokens[k];
            if (k > t.Last && c.Words.Is(token, WordClass.MemberListVerb) && s.MentionAt(k) is null) return k;
            // "sanctioned firms that are based in …": a relative clause describes the firms; it lists none.
            if (token.Shape == Tokens.TokenShape.Punct || c.Words.Is(token, WordClass.FiniteVerb) || token.Is("that") || token.Is("which") || token.Is("who")
                || k > t.Last && s.TriggerStartsAt(k)) return null;
        }
        return null;
    }

    /// <summary>The actor inside or right before the sanction word ("US-designated", "EU sanctioned"), or the implied one on it.</summary>
    private static EntityMention? Sanctioner(SentenceAnalysis s, TriggerMention t)
    {
        foreach (var m in s.Mentions)
            if (m.IsActor && !m.IsMateriel && m.Last > t.First - 1 && m.First < t.Last && m.Form is not (MentionForm.Pronoun or MentionForm.Collective)) return m;
        return null;
    }
}

using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "Russian state-owned company Rosatom", "Rosatom, Russia's state nuclear corporation,": a firm or agency the text calls
/// a state's own (state-owned, state-run, the state's) is part of that state. The state is the adjective or possessive
/// right before the word of ownership; the firm is the name that ends the noun phrase after it, or the name an apposition
/// describes. A firm the text only places in a state ("Turkey's leading drone maker") is not the state's.
/// </summary>
public sealed class StateOwnedRule : IConstructionRule
{
    /// <summary>How many plain words ("nuclear power plant maker") may stand between the ownership word and the name.</summary>
    private const int MostWordsBeforeName = 5;

    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var i = 1; i < s.Tokens.Count; i++)
        {
            if (!c.Words.Is(s.Tokens[i], WordClass.StateOwnership) || OwnerBefore(c, i) is not { } owner) continue;
            if ((NameAfter(c, i) ?? Apposed(c, owner)) is not { } firm) continue;
            var t = TriggerMention.AtWord(s, i, RelationTypes.PartOf.Id, "state-owned");
            c.Emit(new FrameClaims(t, RelationTypes.PartOf.Id, "structure.state-owned", 65) { Subjects = [firm.Entity], Objects = [owner.Entity], Arguments = [firm, owner], Presupposed = true });
        }
    }

    /// <summary>The state whose adjective ("Russian") or possessive ("Russia's", its "'s" a token of its own) stands right
    /// before the ownership word.</summary>
    private static EntityMention? OwnerBefore(FrameContext c, int word)
    {
        var k = word - 1;
        if (k > 0 && c.S.MentionAt(k) is null && c.S.Tokens[k].Lower is "'s" or "’s") k--;
        return c.S.MentionAt(k) is { Entity.Kind: EntityKind.State } m && (m.Form == MentionForm.Adjective || m.Possessive) && m.Last == k + 1 ? m : null;
    }

    /// <summary>The firm's name closing the noun phrase after the ownership word ("state-owned nuclear firm Rosatom", "state-owned
    /// arms exporter Rosoboronexport").</summary>
    private static EntityMention? NameAfter(FrameContext c, int word)
    {
        var s = c.S;
        for (var k = word + 1; k < s.Tokens.Count && k <= word + 1 + MostWordsBeforeName; k++)
        {
            if (s.MentionAt(k) is { } m)
            {
                // "state-owned arms exporter Rosoboronexport": the goods the firm deals in are words of its description.
                if (!m.IsMateriel) return Firm(m) ? m : null;
                k = m.Last - 1;
                continue;
            }
            var token = s.Tokens[k];
            if (!token.IsWord || token.IsCapitalized || c.Words.Is(token, WordClass.Preposition) || c.Words.Is(token, WordClass.FiniteVerb)
                || c.Words.Is(token, WordClass.Coordinator) || c.Words.Is(token, WordClass.PassiveAuxiliary)) return null;
        }
        return null;
    }

    /// <summary>"Rosatom, Russia's state nuclear corporation": the firm right before the comma that opens the apposition.</summary>
    private static EntityMention? Apposed(FrameContext c, EntityMention owner)
    {
        if (!owner.Possessive) return null;
        var before = c.Args.AppositiveBefore(owner);
        return before is not null && Firm(before) ? before : null;
    }

    private static bool Firm(EntityMention m) =>
        m.IsActor && !m.Possessive && m.Entity.Kind is EntityKind.Organization or EntityKind.StateOrgan;
}

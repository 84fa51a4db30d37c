using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations;

namespace Entente.Extraction.Attribution;

/// <summary>
/// Which attribution reaches a claim. A speaker's words cover the claims told in them, but not what the author
/// presupposes in a noun phrase ("the Iran-backed Houthis", CONVENTIONS (d)) or adds in a relative clause outside a
/// quote before the speech verb ("Al-Shabaab, which U.S. drones target, has spread …, the bloc said"); one after it
/// ("the report stated that the drones are made in factories which then ship them to Russia") is what is said. A party announcing its own act of
/// sanction, pressure or rupture performs it (CONVENTIONS (f)): "China said it will sanction the firms" is asserted.
/// </summary>
public static class AttributionScope
{
    /// <summary>The first attribution whose span holds token <paramref name="token"/> (a loop: a lambda would cost a closure per call).</summary>
    public static AttributionSpan? Covering(SentenceAnalysis s, int token)
    {
        foreach (var a in s.Attributions)
            if (a.First <= token && token < a.Last) return a;
        return null;
    }

    /// <summary>"the Iran-backed militia": a relation said by a hyphenated modifier of a name is the author's presupposition.</summary>
    private static bool ModifierCompound(ClaimDraft d)
    {
        var t = d.Sentence.Tokens[d.TriggerFirst];
        return t.Lower.Contains('-') && d.Sentence.MentionAt(d.TriggerFirst) is not null;
    }

    /// <param name="party">Who an entity counts as (an official as its state), to tell a party's own statement.</param>
    public static AttributionSpan? Over(ClaimDraft d, Func<Entity, Entity> party, WordClasses words)
    {
        if (d.Presupposed || Covering(d.Sentence, d.TriggerFirst) is not { } a || ModifierCompound(d)) return null;
        // Only a relative clause before the speech verb is the author's aside; one inside what follows "said that" is said.
        if (!a.Quoted && a.CueFirst >= 0 && d.TriggerFirst < a.CueFirst && Time.NarrativeClauses.InRelativeClause(d.Sentence, words, d.TriggerFirst)
            && !Time.NarrativeClauses.InRelativeClause(d.Sentence, words, a.CueFirst))
            return null;
        if (a.SpeakerEntity is { } speaker && RelationTypes.InGroup(d.Relation, RelationGroups.Declared) && party(speaker).Id == party(d.Subject).Id) return null;
        return a;
    }
}

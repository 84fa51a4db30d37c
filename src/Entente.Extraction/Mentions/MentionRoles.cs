using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Mentions;

/// <summary>
/// Decides what each mention does. A demonym is an actor only before an agent noun ("Russian forces",
/// "the Russian move"); before materiel it names the origin ("Iranian drones"); elsewhere it only
/// qualifies a noun. A name used as a modifier ("IRGC clients", "IRGC weapons shipments") or as the
/// possessor of another actor ("Al-Qaeda's Al-Shabaab") is not an argument of a verb either.
/// </summary>
public sealed class MentionRoles(MentionLexicons lexicons)
{
    public void Apply(SentenceAnalysis s)
    {
        foreach (var m in s.Mentions)
        {
            if (m.IsMateriel || !m.Entity.Kind.IsActorKind()) continue;
            if (m.Form is MentionForm.Adjective or MentionForm.CompoundPart) AdjectiveRole(s, m);
            else if (m.Form is not (MentionForm.Official or MentionForm.Group)) NameRole(s, m);
        }
        SharedHeads(s);
    }

    /// <summary>
    /// "Russian and North Korean entities", "Iranian, Syrian and Russian forces": demonyms joined by "and", "or" or
    /// a comma share the noun after the last one, so each takes the role the last one has. Right to left, so a
    /// list passes the role back one demonym at a time.
    /// </summary>
    private void SharedHeads(SentenceAnalysis s)
    {
        for (var i = s.Mentions.Count - 1; i > 0; i--)
        {
            var (later, m) = (s.Mentions[i], s.Mentions[i - 1]);
            if (m.Form != MentionForm.Adjective || later.Form != MentionForm.Adjective || m.Role != MentionRole.Modifier || later.Role == MentionRole.Modifier) continue;
            if (later.First != m.Last + 1 || !(lexicons.Words.Is(s.Tokens[m.Last], WordClass.Coordinator) || s.Tokens[m.Last].Is(",")) || m.Suffix is not null) continue;
            m.Role = later.Role;
            if (later.Role == MentionRole.Origin && s.Mentions.Skip(i).FirstOrDefault(x => x.IsMateriel) is { } materiel) materiel.Origin ??= m.Entity;
        }
    }

    private void AdjectiveRole(SentenceAnalysis s, EntityMention m)
    {
        if (m.Suffix is not null)
        {
            m.Role = MentionRole.Modifier;
            // "Iranian-made drones", "Chinese-built jets": where the materiel comes from, though not who holds it.
            if (lexicons.Words.Is(m.Suffix, WordClass.MadeSuffix) && (MaterielAt(s, m.Last) ?? CoordinatedMaterielAt(s, m.Last)) is { } made) made.Origin ??= m.Entity;
            return;
        }
        var next = m.Last;
        if (next < s.Tokens.Count && lexicons.AgentNouns.Contains(s.Tokens[next].Lower) && m.Form == MentionForm.Adjective)
        {
            m.Role = MentionRole.Actor;
            m.Last = next + 1;
            m.Possessive = s.IsWord(next + 1, "'s");
            // "Russian instructors of the Wagner Group" act for Wagner.
            if (CollectiveFinder.OrganizationAfter(s, lexicons.Words, m.Last) is { } body) m.Entity = body;
            return;
        }
        if (next < s.Tokens.Count && lexicons.AgentNouns.Contains(s.Tokens[next].Lower))
        {
            m.Role = MentionRole.Actor;
            return;
        }
        // "struck Houthi targets", "Iranian nuclear facilities": what belongs to an actor stands for it as a target.
        if (m.Form == MentionForm.Adjective && (TargetNounAt(s, next) || next < s.Tokens.Count && lexicons.Words.Is(s.Tokens[next], WordClass.VesselNoun) && s.IsWord(m.First - 1, "a")))
        {
            m.Role = MentionRole.Actor;
            return;
        }
        for (var k = next; k < Math.Min(s.Tokens.Count, next + 3); k++)
        {
            // "Chinese satellite firms", "Iranian drone instructors": people who work with the materiel act for the demonym.
            if (MaterielAt(s, k) is { } worked && worked.Last < s.Tokens.Count && lexicons.AgentNouns.Contains(s.Tokens[worked.Last].Lower) && m.Form == MentionForm.Adjective)
            {
                m.Role = MentionRole.Actor;
                return;
            }
            if (MaterielAt(s, k) is { } materiel)
            {
                m.Role = MentionRole.Origin;
                materiel.Origin ??= m.Entity;
                return;
            }
            if (s.Tokens[k].Shape == Tokens.TokenShape.Punct || s.MentionAt(k) is not null) break;
        }
        m.Role = MentionRole.Modifier;
    }

    /// <summary>
    /// "Iran's forces attacked Iraq", "Russia's troops stationed in Syria": a word in -ed right after the possessor's agent
    /// noun is the clause's verb or describes the agents; either way the possessor's noun phrase ends there.
    /// </summary>
    private bool VerbAfterAgent(SentenceAnalysis s, int k, int possessed) =>
        k > possessed && s.Tokens[k].IsWord && !s.Tokens[k].IsCapitalized && s.Tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal)
        && lexicons.AgentNouns.Contains(s.Tokens[k - 1].Lower);

    private bool TargetNounAt(SentenceAnalysis s, int k) =>
        k < s.Tokens.Count && (lexicons.Words.Is(s.Tokens[k], WordClass.TargetNoun)
            || k + 1 < s.Tokens.Count && lexicons.Words.Is(s.Tokens[k], WordClass.TargetNounModifier) && lexicons.Words.Is(s.Tokens[k + 1], WordClass.TargetNoun));

    private void NameRole(SentenceAnalysis s, EntityMention m)
    {
        var next = m.Possessive ? m.Last + 1 : m.Last;
        if (m.Possessive)
        {
            for (var j = next; j < Math.Min(s.Tokens.Count, next + 7); j++)
            {
                // "Iran's foreign minister met Russia's": a verb ends the possessor's noun phrase.
                if (lexicons.Words.Is(s.Tokens[j], WordClass.PossessedSearchEnd) || s.Tokens[j].Is(";") || lexicons.Words.Is(s.Tokens[j], WordClass.FiniteVerb)
                    || lexicons.Words.Is(s.Tokens[j], WordClass.IrregularPast) || VerbAfterAgent(s, j, next)) break;
                if (s.MentionAt(j) is { } other && other != m && other.Entity.Kind.IsActorKind() && other.Form is not (MentionForm.Adjective or MentionForm.CompoundPart))
                {
                    m.Role = MentionRole.Modifier;
                    return;
                }
            }
            return;
        }
        if (next >= s.Tokens.Count) return;
        var prevIsDeterminer = m.First == 0 || s.Tokens[m.First - 1].Shape == Tokens.TokenShape.Punct
            || lexicons.Words.Is(s.Tokens[m.First - 1], WordClass.DeterminerBeforeOrigin);
        var afterVerb = m.First > 1 && lexicons.Words.Is(s.Tokens[m.First - 1], WordClass.TheOrA) && s.Tokens[m.First - 2].Lower is var v
            && (v.EndsWith("ing", StringComparison.Ordinal) || v.EndsWith("ed", StringComparison.Ordinal) || lexicons.Words.Is(v, WordClass.GivingVerbBeforeMateriel));
        // "Iran arms Hezbollah": a materiel word in a verb's place is the name's verb, not what the name made.
        if (MaterielAt(s, next) is { } materiel && prevIsDeterminer && !afterVerb && !s.VerbAfterName(m, next, lexicons.Words))
        {
            m.Role = MentionRole.Origin;
            materiel.Origin ??= m.Entity;
        }
        else if (lexicons.Words.Is(s.Tokens[next], WordClass.PossessionNoun) || lexicons.ActionNouns.Contains(s.Tokens[next].Lower) && m.Form is MentionForm.Acronym or MentionForm.Name && !AfterVerb(s, m) && !s.VerbAfterName(m, next, lexicons.Words) || lexicons.RoleNouns.TryMatch(s.Tokens, next, out _, out _) && s.Tokens[next].Lower.EndsWith('s')
            || PostBeforePerson(s, m, next))
            m.Role = MentionRole.Modifier;
    }

    /// <summary>"sanctioned Rosatom director Leonid Markov": a group's or firm's post right before a person's name makes the
    /// body's name a modifier of the person, who is the argument (a state's or regime's leader acts for it: titles read those).</summary>
    private bool PostBeforePerson(SentenceAnalysis s, EntityMention body, int next)
    {
        return body.Entity.Kind is not (Core.Entities.EntityKind.State or Core.Entities.EntityKind.Regime)
            && lexicons.RoleNouns.TryMatch(s.Tokens, next, out var relation, out var end) && relation == Core.Ontology.RelationTypes.PartOf.Id
            && s.PersonNamedAt(end) is not null;
    }

    /// <summary>"gave Iran support": after a verb a name is an object, not a modifier.</summary>
    private bool AfterVerb(SentenceAnalysis s, EntityMention m) =>
        m.First > 0 && s.Tokens[m.First - 1].Lower is var w && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) || lexicons.Words.Is(w, WordClass.GivingVerbBeforeName));

    /// <summary>"Iranian-made ballistic and cruise missile parts": a modifier joined by "and" or "or" to the materiel after it
    /// shares the origin before them both.</summary>
    private EntityMention? CoordinatedMaterielAt(SentenceAnalysis s, int token) =>
        token + 2 < s.Tokens.Count && s.Tokens[token].IsWord && !s.Tokens[token].IsCapitalized && s.MentionAt(token) is null
        && lexicons.Words.Is(s.Tokens[token + 1], WordClass.Coordinator) ? MaterielAt(s, token + 2) : null;

    /// <remarks>Asked for every mention, so read from the list's array: see <see cref="SentenceAnalysis.MentionAt"/>.</remarks>
    private static EntityMention? MaterielAt(SentenceAnalysis s, int token)
    {
        foreach (var m in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(s.Mentions))
            if (m.First == token && m.IsMateriel) return m;
        return null;
    }
}

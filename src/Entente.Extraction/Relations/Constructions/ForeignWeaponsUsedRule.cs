using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "The Sudanese army has used Iranian and Turkish drones", "Chad flies Turkish drones": an actor that puts to use
/// weapons a state's adjective names got them from that state, each state of the list. The weapons are the verb's
/// direct object, with only their adjectives, articles and the list's commas between, or the subject of its passive with
/// the user after "by" ("Iranian-made drones have been used by Russia"); a passive with no agent ("drones were used") or
/// a user that is the origin itself ("Iran used Iranian drones") says nothing of a transfer.
/// </summary>
public sealed class ForeignWeaponsUsedRule : IConstructionRule
{
    /// <summary>How many words ("Iranian, Turkish, Emirati and Chinese") may stand between the verb and the weapons.</summary>
    private const int MostWordsBeforeWeapons = 10;

    public void Apply(FrameContext c)
    {
        var s = c.S;
        foreach (var weapons in s.Mentions)
        {
            if (!weapons.IsMateriel) continue;
            var origins = new List<EntityMention>();
            var front = Front(c, weapons, origins);
            List<EntityMention>? users;
            int verb;
            if (front >= 0 && c.Words.Is(s.Tokens[front], WordClass.WeaponHoldingVerb))
            {
                verb = front;
                if (verb > 0 && c.Words.Is(s.Tokens[verb - 1], WordClass.PassiveAuxiliary)) continue;
                users = c.Args.SubjectOf(verb, inherit: false);
            }
            else (verb, users) = PassiveUse(c, weapons);
            if (verb < 0 || users is null || origins.Count == 0 && weapons.Origin is null) continue;
            var holders = SentenceArguments.Entities(users).ToList();
            var givers = origins.Select(m => m.Entity).Append(weapons.Origin).OfType<Entity>().DistinctBy(e => e.Id)
                .Where(e => e.Kind.IsActor() && holders.All(h => h.Id != e.Id)).ToList();
            if (givers.Count == 0) continue;
            var t = TriggerMention.AtWord(s, verb, RelationTypes.ArmsTransfer.Id, "used-foreign");
            c.Emit(new FrameClaims(t, RelationTypes.ArmsTransfer.Id, "arms-transfer.used-foreign", 55)
            {
                Subjects = givers,
                Objects = holders,
                Arguments = users.Concat(origins),
                Materiel = [weapons],
            });
        }
    }

    /// <summary>"drones have been used by Russia": the passive verb of use after the weapons and its agent, or (-1, null).</summary>
    private static (int Verb, List<EntityMention>? Users) PassiveUse(FrameContext c, EntityMention weapons)
    {
        var s = c.S;
        var k = weapons.Last;
        var auxiliary = false;
        for (; k < s.Tokens.Count && (c.Words.Is(s.Tokens[k], WordClass.PassiveAuxiliary) || c.Words.Is(s.Tokens[k], WordClass.TenseAuxiliary) || c.Words.Is(s.Tokens[k], WordClass.ClauseAdverb)); k++)
            auxiliary |= c.Words.Is(s.Tokens[k], WordClass.PassiveAuxiliary);
        if (!auxiliary || k + 1 >= s.Tokens.Count || !c.Words.Is(s.Tokens[k], WordClass.WeaponHoldingVerb) || !s.Tokens[k + 1].Is("by")) return (-1, null);
        return (k, c.Args.AfterPreposition(k + 1, Math.Min(s.Tokens.Count, k + 5), false, "by"));
    }

    /// <summary>
    /// Where the weapons' noun phrase begins, scanning back over the states' adjectives (collected), articles, plain words and
    /// the list's commas: the token before it (a verb of use ends the scan there), or -1.
    /// </summary>
    private static int Front(FrameContext c, EntityMention weapons, List<EntityMention> origins)
    {
        var s = c.S;
        var k = weapons.First - 1;
        for (var words = 0; k >= 0 && words <= MostWordsBeforeWeapons; words++)
        {
            var token = s.Tokens[k];
            if (s.MentionAt(k) is { } m && m != weapons)
            {
                // "Turkish, UAE and Chinese drones": a state's adjective, or its name used as one inside the list of them.
                var listed = origins.Count > 0 || weapons.Origin is not null;
                if (m.IsMateriel || m.Possessive || !(m.Form == MentionForm.Adjective || m.Role is MentionRole.Origin or MentionRole.Modifier
                    || listed && m.Entity.Kind == EntityKind.State)) return k;
                origins.Add(m);
                k = m.First - 1;
                continue;
            }
            if (c.Words.Is(token, WordClass.WeaponHoldingVerb)) return k;
            // Only what a noun phrase's front holds: articles, plain adjectives, the list's commas and "and".
            var plain = token.IsWord && !token.IsCapitalized && !c.Words.Is(token, WordClass.Preposition) && !c.Words.Is(token, WordClass.FiniteVerb)
                && !c.Words.Is(token, WordClass.PassiveAuxiliary);
            if (!(plain || token.Is(",") || token.Shape == Tokens.TokenShape.Number)) return k;
            k--;
        }
        return k;
    }
}

using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "The Sudanese army has used Iranian and Turkish drones", "Chad flies Turkish drones": an actor that puts to use
/// weapons a state's adjective names got them from that state, each state of the list. The weapons are the verb's
/// direct object, with only their adjectives, articles and the list's commas between; a passive ("drones were used")
/// or a subject that is the origin itself ("Iran used Iranian drones") says nothing of a transfer.
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
            var verb = VerbBefore(c, weapons, origins);
            if (verb < 0 || origins.Count == 0 && weapons.Origin is null) continue;
            if (verb > 0 && c.Words.Is(s.Tokens[verb - 1], WordClass.PassiveAuxiliary)) continue;
            if (c.Args.SubjectOf(verb, inherit: false) is not { } users) continue;
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

    /// <summary>The verb of use right before the weapons' noun phrase, collecting the states' adjectives on the way, or -1.</summary>
    private static int VerbBefore(FrameContext c, EntityMention weapons, List<EntityMention> origins)
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
                    || listed && m.Entity.Kind == EntityKind.State)) return -1;
                origins.Add(m);
                k = m.First - 1;
                continue;
            }
            if (c.Words.Is(token, WordClass.WeaponHoldingVerb)) return k;
            // Only what a noun phrase's front holds: articles, plain adjectives, the list's commas and "and".
            var plain = token.IsWord && !token.IsCapitalized && !c.Words.Is(token, WordClass.Preposition) && !c.Words.Is(token, WordClass.FiniteVerb)
                && !c.Words.Is(token, WordClass.PassiveAuxiliary);
            if (!(plain || token.Is(",") || token.Shape == Tokens.TokenShape.Number)) return -1;
            k--;
        }
        return -1;
    }
}

using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "an Iranian drone factory in Venezuela", "China will build the first drone factory in Saudi Arabia": a weapons
/// factory that one party owns or builds in another's land is arms production there, from the licensor (the owner) to
/// the producing state (the host). The factory must make weapons (materiel named right before its noun), and the host is
/// named right after "in"; a factory in the owner's own land produces nothing for another.
/// </summary>
public sealed class WeaponsFactoryRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var i = 1; i + 2 < s.Tokens.Count; i++)
        {
            if (!c.Words.Is(s.Tokens[i], WordClass.FactoryNoun) || !s.Tokens[i + 1].Is("in")) continue;
            if (WeaponsBefore(c, i) is not { } weapons || s.MentionAt(c.Cursor(i + 2).SkipArticles().At) is not { } site) continue;
            Entity? place = site.Entity;
            var hosts = c.PlacesAsStates([site.Entity], ref place);
            if (hosts is not [{ Kind: EntityKind.State } host] || (OwnerIn(c, weapons) ?? Builder(c, weapons.First)) is not { } owner) continue;
            var owners = SentenceArguments.Entities(owner).Where(o => o.Id != host.Id).ToList();
            if (owners.Count == 0) continue;
            var t = TriggerMention.AtWord(s, i, RelationTypes.ArmsProduction.Id, "weapons-factory");
            c.Emit(new FrameClaims(t, RelationTypes.ArmsProduction.Id, t.Entry.RuleId, 55)
            {
                Subjects = owners,
                Objects = [host],
                Arguments = owner.Append(site),
                Materiel = [weapons],
            });
        }
    }

    /// <summary>The materiel named within a few plain words before the factory noun ("drone factory", "drone development facility").</summary>
    private static EntityMention? WeaponsBefore(FrameContext c, int noun)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - 3; k--)
        {
            if (c.S.MentionAt(k) is { } m) return m.IsMateriel ? m : null;
            if (c.S.Tokens[k] is not { IsWord: true, IsCapitalized: false }) return null;
        }
        return null;
    }

    /// <summary>The actor whose demonym or possessive qualifies the weapons ("an Iranian drone facility", "Turkey's drone plant").</summary>
    private static List<EntityMention>? OwnerIn(FrameContext c, EntityMention weapons) =>
        weapons.First > 0 && c.S.MentionAt(weapons.First - 1) is { } m && m.Entity.Kind.IsActor() && (m.Form == MentionForm.Adjective || m.Possessive) ? [m] : null;

    /// <summary>The subject of a verb or noun of building within a few words before the phrase ("will construct the first
    /// drone factory", "started construction work on its drone plant").</summary>
    private static List<EntityMention>? Builder(FrameContext c, int phrase)
    {
        for (var k = phrase - 1; k >= 1 && k >= phrase - 6; k--)
        {
            if (c.Words.Is(c.S.Tokens[k], WordClass.BuildingWord)) return c.Args.SubjectOf(k, inherit: false);
            if (c.S.MentionAt(k) is { Form: not MentionForm.Pronoun }) return null;
        }
        return null;
    }
}

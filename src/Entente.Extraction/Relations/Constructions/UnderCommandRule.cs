using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "a new force operating under the Russian Ministry of Defense", "the militia fights under the command of the IRGC",
/// "the brigade came under Iranian military control": a force that acts or is placed under a state organ, or under
/// another's command or control, is part of it. The verb's subject is the force (an actor, not a state or a place: a town
/// "under the control of" a militia is occupied, which other rules read); the one over it is a state organ right
/// after "under", or the actor a noun of command names ("under Iranian control", "under the command of the IRGC"). A pronoun
/// or an agent ("is funded by the Islamic Revolutionary Guard Corps (IRGC) and operates under", its bracketed short name
/// too) is no force it can be sure of.
/// </summary>
public sealed class UnderCommandRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var u = 1; u + 1 < s.Tokens.Count; u++)
        {
            if (!s.Tokens[u].Is("under")) continue;
            var verb = c.Cursor(u - 1).SkipAdverbsBack().At;
            if (verb < 1 || !c.Words.Is(s.Tokens[verb], WordClass.SubordinateVerb) || Commander(c, u + 1) is not { } commander) continue;
            if (Forces(c, verb) is not { } forces) continue;
            var parts = SentenceArguments.Entities(forces.Where(f => f.Form != MentionForm.Pronoun)).Where(e => e.Kind.IsActor() && e.Kind != EntityKind.State && e.Id != commander.Entity.Id).ToList();
            if (parts.Count == 0) continue;
            var t = TriggerMention.AtWord(s, u, RelationTypes.PartOf.Id, "under-command");
            c.Emit(new FrameClaims(t, RelationTypes.PartOf.Id, t.Entry.RuleId, 55) { Subjects = parts, Objects = [commander.Entity], Arguments = forces.Append(commander) });
        }
    }

    /// <summary>
    /// The force: the verb's subject, or for a participle after a bare noun the name that noun's apposition describes
    /// (<see cref="FrameContext.HolderBeforeComma"/>: "Africa Corps, a new force operating under"), and nobody for any other participle, whose subject lies too far back
    /// to be sure of ("a force previously known as Wagner before being renamed and coming under").
    /// </summary>
    private static List<EntityMention>? Forces(FrameContext c, int verb)
    {
        var s = c.S;
        if (!s.Tokens[verb].Lower.EndsWith("ing", StringComparison.Ordinal))
            return c.Args.SubjectOf(verb, inherit: false) is { } subject && c.Args.PrepositionBefore(subject[0]) is null && !s.IsWord(subject[0].First - 1, "(") ? subject : null;
        return c.AppositionComma(verb) is { } comma && comma < verb - 1 ? c.HolderBeforeComma(comma) : null;
    }

    /// <summary>The one in command after "under": a state organ ("the Russian defence ministry"), an actor before a noun
    /// of command ("Iranian military control"), or the actor after such a noun's "of" ("the command of the IRGC").</summary>
    private static EntityMention? Commander(FrameContext c, int after)
    {
        var s = c.S;
        var k = c.Cursor(after).SkipArticles().At;
        if (s.MentionAt(k) is { IsActor: true } m && m.First == k)
            return m.Entity.Kind == EntityKind.StateOrgan || m.Last < s.Tokens.Count && c.Words.Is(s.Tokens[m.Last], WordClass.CommandNoun) ? m : null;
        if (k >= s.Tokens.Count || !c.Words.Is(s.Tokens[k], WordClass.CommandNoun) || !s.IsWord(k + 1, "of")) return null;
        return s.MentionAt(c.Cursor(k + 2).SkipArticles().At) is { IsActor: true } commander ? commander : null;
    }
}

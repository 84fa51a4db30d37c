using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// Pressure someone bears rather than a verb of pressing: "…, despite severe US pressure", "joined the alliance despite
/// strong opposition from Moscow", "Serbia drew sharp criticism from Russia", "suspended the deal, drawing protest from
/// Iran". The actor of the pressure noun (its modifier, or the one after "from", but not a backer: "pressure from
/// U.S.-backed forces") pressed the one who bears it: the main clause's subject after "despite" or a participle after a
/// comma, else the bearing verb's subject. A noun that names its target ("complaints to Moscow") is the nominal frame's.
/// </summary>
public sealed class BornePressureRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var despite = s.Tokens[i].Is("despite");
            if (!despite && !c.Words.Is(s.Tokens[i], WordClass.PressureBearingVerb)) continue;
            for (var k = i + 1; k < Math.Min(s.Tokens.Count, i + 5); k++)
            {
                if (!c.Words.Is(s.Tokens[k], WordClass.PressureNoun)) continue;
                var from = k + 1 < s.Tokens.Count && s.Tokens[k + 1].Is("from");
                if (c.Cursor(k + 1).Is(WordClass.PressureComplement) && !from) break;
                var presser = c.ModifierBefore(k) is { } modifier && modifier.First > i ? [modifier]
                    : from && s.MentionAt(c.Cursor(k + 2).SkipArticles().At) is { IsActor: true, Suffix: null } source ? c.Args.Group(source) : null;
                if (presser is null) break;
                var target = despite || Participle(c, i) ? ClauseSubject(c, i, k) : c.Args.SubjectOf(i, inherit: false);
                var pressers = SentenceArguments.Entities(presser).ToList();
                var targets = target is null ? [] : SentenceArguments.Entities(target).Where(e => pressers.All(p => p.Id != e.Id)).ToList();
                if (targets.Count == 0) break;
                var t = new TriggerMention(i, k + 1, new TriggerEntry(s.Tokens[i].Lower, RelationTypes.Pressure.Id, "despite"));
                c.Emit(new FrameClaims(t, RelationTypes.Pressure.Id, "pressure.despite", 60) { Subjects = pressers, Objects = targets, Arguments = target!.Concat(presser) });
                break;
            }
        }
    }

    /// <summary>"…, drawing protest from Iran": a participle after a comma says more of the main clause's subject.</summary>
    private static bool Participle(FrameContext c, int verb) => verb > 0 && c.S.Tokens[verb - 1].Is(",") && c.S.Tokens[verb].Lower.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The main clause's subject (<see cref="SentenceArguments.ClauseSubject"/>), else, for a fronted "despite", the
    /// first actor after the noun that no preposition governs ("Despite US pressure, Turkey …").</summary>
    private static List<EntityMention>? ClauseSubject(FrameContext c, int opener, int noun) =>
        c.Args.ClauseSubject(opener)
        ?? c.Args.Groups.Select(g => g.Where(m => c.Args.PrepositionBefore(m) is null && m.First > noun && m.IsActor).ToList()).FirstOrDefault(g => g.Count > 0);
}

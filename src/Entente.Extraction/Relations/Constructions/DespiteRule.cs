using Entente.Core.Ontology;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "…, despite severe US pressure": the actor of the pressure noun pressed the subject of the main clause
/// (unless the noun names its target: "complaints to Moscow", read by the nominal frame).
/// </summary>
public sealed class DespiteRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.Tokens[i].Is("despite")) continue;
            for (var k = i + 1; k < Math.Min(s.Tokens.Count, i + 5); k++)
            {
                if (!c.Words.Is(s.Tokens[k], Lexicons.WordClass.PressureNoun)) continue;
                if (c.Cursor(k + 1).Is(Lexicons.WordClass.PressureComplement)) break;
                var presser = c.ModifierBefore(k);
                var target = c.Args.Groups.Select(g => g.Where(m => c.Args.PrepositionBefore(m) is null && m.Last <= i).ToList()).FirstOrDefault(g => g.Count > 0)
                    ?? c.Args.Groups.Select(g => g.Where(m => c.Args.PrepositionBefore(m) is null && m.First > k && m.IsActor).ToList()).FirstOrDefault(g => g.Count > 0);
                if (presser is null || target is null) break;
                var t = new TriggerMention(i, k + 1, new TriggerEntry("despite", RelationTypes.Pressure.Id, "despite"));
                c.Emit(new FrameClaims(t, RelationTypes.Pressure.Id, "pressure.despite", 60) { Subjects = [presser.Entity], Objects = SentenceArguments.Entities(target), Arguments = target.Append(presser) });
                break;
            }
        }
    }
}

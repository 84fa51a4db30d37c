using Entente.Core.Ontology;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "China and Russia held joint naval exercises", "a joint operation with Iran": "joint" (or "combined") before an
/// operation noun makes a joint-operation between the subject's members, or between the subject and the
/// "with" partner.
/// </summary>
public sealed class JointRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (Exercise(c, i)) continue;
            if (!(c.Words.Is(s.Tokens[i], Lexicons.WordClass.JointWord) || s.Tokens[i].Lower.StartsWith("jointly-", StringComparison.Ordinal))) continue;
            var head = -1;
            for (var k = i + 1; k < Math.Min(s.Tokens.Count, i + 4) && head < 0; k++)
            {
                if (s.MentionAt(k) is not null) break;
                if (c.Words.Is(s.Tokens[k], Lexicons.WordClass.JointActHead)) head = k;
            }
            if (head < 0) continue;
            var t = new TriggerMention(i, head + 1, new TriggerEntry("joint", RelationTypes.JointOperation.Id, "joint"));
            var subjects = c.Args.SubjectOf(i, inherit: false);
            var partner = c.Args.AfterPreposition(head + 1, Math.Min(s.Tokens.Count, head + 6), false, Lexicons.WordClass.JointPartnerPreposition);
            if (subjects is null && partner is null) continue;
            EmitJoint(c, t, subjects, partner, c.PlaceIn(head + 1, Math.Min(s.Tokens.Count, head + 6), [])?.Entity);
        }
    }

    /// <summary>A joint operation of the subject's members with each other, or of the subject with each partner after "with";
    /// a partner list after "between" is the members themselves.</summary>
    private static void EmitJoint(FrameContext c, TriggerMention t, List<EntityMention>? subjects, List<EntityMention>? partner, Core.Entities.Entity? place)
    {
        var members = SentenceArguments.Entities(subjects).ToList();
        var args = (subjects ?? []).Concat(partner ?? []).ToList();
        if (partner is not null && c.S.IsWord(partner[0].First - 1, "between")) members = SentenceArguments.Entities(partner).ToList();
        else if (partner is not null)
        {
            foreach (var p in SentenceArguments.Entities(partner))
                c.Emit(new FrameClaims(t, RelationTypes.JointOperation.Id, "joint-operation.joint", 65) { Subjects = members, Objects = [p], Arguments = args, Place = place });
            return;
        }
        for (var x = 0; x < members.Count; x++)
            for (var y = x + 1; y < members.Count; y++)
                c.Emit(new FrameClaims(t, RelationTypes.JointOperation.Id, "joint-operation.joint", 65) { Subjects = [members[x]], Objects = [members[y]], Arguments = args, Place = place });
    }

    /// <summary>
    /// "Algeria and Russia held naval drills off the coast", "Russia staged exercises with Belarus": an exercise noun
    /// (<see cref="Lexicons.WordClass.ExerciseNoun"/>) that a verb of doing it governs, past at most three modifying words,
    /// is a joint operation of the verb's subjects, or of the subject and its "with" partner; one party alone exercises
    /// by itself. True where the noun is read here ("joint" before it is read by the caller).
    /// </summary>
    private static bool Exercise(FrameContext c, int noun)
    {
        var s = c.S;
        if (!c.Words.Is(s.Tokens[noun], Lexicons.WordClass.ExerciseNoun)) return false;
        var k = noun - 1;
        for (var n = 0; n < 3 && k > 0 && s.Tokens[k].IsWord && !s.Tokens[k].IsCapitalized && s.MentionAt(k) is null
            && !c.Words.Is(s.Tokens[k], Lexicons.WordClass.AttackActVerb) && !c.Words.Is(s.Tokens[k], Lexicons.WordClass.JointWord); n++) k--;
        if (k < 1 || !c.Words.Is(s.Tokens[k], Lexicons.WordClass.AttackActVerb)) return false;
        var t = new TriggerMention(k, noun + 1, new TriggerEntry("joint", RelationTypes.JointOperation.Id, "joint"));
        var end = Math.Min(s.Tokens.Count, noun + 8);
        var subjects = c.Args.SubjectOf(k, inherit: false);
        if (subjects is null) return true;
        EmitJoint(c, t, subjects, c.Args.AfterPreposition(noun + 1, end, false, "with"), c.PlaceIn(noun + 1, end, [])?.Entity);
        return true;
    }
}

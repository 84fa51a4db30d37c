using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Nouns: "the sale of arms to Iran", "IRGC weapons shipments to the junta", "Israeli complaints to Moscow",
/// "US sanctions on Iran". The actor modifying the noun is the subject, else the clause's subject; the
/// object follows "to", "for", "on" or "against".
/// </summary>
public sealed class NominalFrame : ITriggerFrame
{
    /// <summary>The frame of relation nouns, which others ask about: a noun is no verb.</summary>
    public const string Name = "nominal";

    public IReadOnlyList<string> Names { get; } = [Name];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var a = c.Args;
        var end = a.RegionEnd(t);
        var modifier = c.ModifierBefore(t.First, verbEnds: true);
        var attack = t.Entry.Relation == RelationTypes.Attack.Id;
        // "military aid to Kyiv from Washington", "arms deliveries from North Korea to Russia": "from" names the giver.
        // "the transfer of tanks by Belarus to Russia", "attacks by the Houthis on ships": "by" names the agent.
        // "from" names the giver, but not for attacks: "drone raids on Armenia from Azerbaijan" names where they are fired from.
        var giver = a.AfterPreposition(t.Last, end, false, "by")
            ?? (attack ? null : a.AfterPreposition(t.Last, end, false, "from"));
        // "Iran's backing of Hamas": with a possessor as the subject, "of" names the object; so it does for an attack
        // with any named agent ("the Ethiopian bombardment of Mekelle", "the shelling of Tiraspol by Moldovan units").
        var ofNamesObject = modifier is { Possessive: true } || attack && (modifier is not null || giver is not null);
        var obj = a.AfterPreposition(t.Last, end, attack, WordClass.NominalObjectPreposition)
            ?? (attack ? a.AfterWordOf(t.Last, end, true, WordClass.AttackTargetWord) : null)
            ?? (ofNamesObject ? a.AfterPreposition(t.Last, Math.Min(end, t.Last + 3), attack, "of") : null);
        if (obj is null)
        {
            BorneSanctions(t, c);
            return;
        }
        var materiel = c.MaterielIn(Math.Max(0, t.First - 3), end);
        // "Egypt condemned the strikes on Sudan": the one who condemns an act did not do it. An attack takes the clause's
        // subject only after a verb of doing it ("carried out raids on"): "this is an assault on" and "a day after the
        // strike on" name no attacker.
        var subj = modifier is { } mod ? c.S.Mentions.Where(m => m.First == mod.First && m.Entity.Kind.IsActorKind()).ToList()
            : giver ?? (Condemned(t, c) || attack && !AfterActVerb(t, c) ? null : a.SubjectOf(t.First, inherit: false));
        if (subj is null && t.Entry.Relation == RelationTypes.ArmsTransfer.Id && c.OriginOf(materiel) is { } origin)
        {
            var objs = SentenceArguments.Entities(obj).ToList();
            c.Emit(new FrameClaims(t, t.Entry.Relation, t.Entry.RuleId + ".origin", 55) { Subjects = [origin], Objects = objs, Arguments = obj, Materiel = materiel, Place = c.PlaceIn(t.Last, end, objs)?.Entity });
            return;
        }
        if (subj is null) return;
        // "carried out joint attacks with M23 fighters against the army": a partner named between the act and its target
        // attacked with the subject.
        if (attack && a.AfterPreposition(t.Last, obj[0].First, false, "with") is { } partners) subj = [.. subj, .. partners];
        var objects = SentenceArguments.Entities(obj).ToList();
        var place = c.PlaceIn(t.Last, end, objects)?.Entity;
        // A town or a base attacked stands for its state.
        if (attack) objects = c.PlacesAsStates(objects, ref place);
        c.Emit(new FrameClaims(t, t.Entry.Relation, t.Entry.RuleId, 60) { Subjects = SentenceArguments.Entities(subj), Objects = objects, Arguments = subj.Concat(obj), Materiel = materiel, Place = place });
    }

    /// <summary>
    /// "Rosneft is under US sanctions", "Cuba has been under an American embargo since 1962", "Rosneft faces sanctions
    /// from the United States", "is subject to British sanctions": the owners of a sanction noun after a word of bearing
    /// it (<see cref="WordClass.SanctionBearingWord"/>), or the actor its "from" or "by" names, sanction the clause's subject.
    /// </summary>
    private static void BorneSanctions(TriggerMention t, FrameContext c)
    {
        if (t.Entry.Relation != RelationTypes.Sanction.Id) return;
        var owners = new List<EntityMention>();
        var k = t.First - 1;
        for (; k >= 0 && k >= t.First - 6; k--)
        {
            var w = c.S.Tokens[k];
            if (c.S.MentionAt(k) is { } m)
            {
                if (!m.Entity.Kind.IsActorKind()) return;
                owners.Add(m);
                k = m.First;
                continue;
            }
            if (c.Words.Is(w, WordClass.SanctionBearingWord)) break;
            if (!w.IsWord || w.IsCapitalized) return;
        }
        if (k < 1 || !c.Words.Is(c.S.Tokens[k], WordClass.SanctionBearingWord) || !VerbOfSubject(c, k - 1)) return;
        owners.Reverse();
        var end = c.Args.RegionEnd(t);
        if (owners.Count == 0) owners = c.Args.AfterPreposition(t.Last, end, false, "from") ?? c.Args.AfterPreposition(t.Last, end, false, "by") ?? [];
        if (owners.Count == 0 || c.Args.SubjectOf(k, inherit: false) is not { } patients) return;
        c.Emit(new FrameClaims(t, t.Entry.Relation, t.Entry.RuleId, 60) { Subjects = SentenceArguments.Entities(owners), Objects = SentenceArguments.Entities(patients), Arguments = owners.Concat(patients) });
    }

    /// <summary>"Rosneft faces", "is under", "could face", "already faces", "was placed under", "at war and under": the word
    /// of bearing follows its subject, a verb or a conjunction; "regions under embargo", "firms subject to sanctions"
    /// describe a noun.</summary>
    private static bool VerbOfSubject(FrameContext c, int before)
    {
        var w = c.S.Tokens[before];
        return c.S.MentionAt(before) is not null || w.Is(",") || c.Words.Is(w, WordClass.TenseAuxiliary) || c.Words.Is(w, WordClass.PassiveAuxiliary)
            || c.Words.Is(w, WordClass.Modal) || c.Words.Is(w, WordClass.ClauseAdverb) || c.Words.Is(w, WordClass.PresenceCopula) || c.Words.Is(w, WordClass.Coordinator)
            || w.IsWord && w.Lower.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// A verb of doing an attack before the noun, with at most a few plain words or the weapons used between ("launched
    /// two waves of strikes", "launched a rocket attack", "carried out drone strikes").
    /// </summary>
    private static bool AfterActVerb(TriggerMention t, FrameContext c)
    {
        for (var k = t.First - 1; k >= Math.Max(0, t.First - 5); k--)
        {
            if (c.Words.Is(c.S.Tokens[k], WordClass.AttackActVerb)) return true;
            if (c.S.MentionAt(k) is { IsMateriel: true } weapon)
            {
                k = weapon.First;
                continue;
            }
            if (c.S.MentionAt(k) is not null || c.S.Tokens[k].Shape != Tokens.TokenShape.Word) return false;
        }
        return false;
    }

    /// <summary>The noun is the object of a verb of pressure ("condemned the raids on …", "protested the invasion of …"):
    /// that verb's subject judges the act and is not its agent.</summary>
    private static bool Condemned(TriggerMention t, FrameContext c) =>
        CondemnedAct.In(c.S, CondemnedAct.ActNotDoneByCondemner).Any(p => p.Act == t);
}

using Entente.Extraction.Lexicons;

namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Weapons aimed at a target: "the Houthis fired ballistic missiles at Israel", "Hezbollah launched drones
/// against Israeli positions". The target is the actor or place after "at", "against" or "toward"; with
/// none ("launched a satellite", "launched an offensive") the verb names no attack. A verb of use ("aimed-weapon":
/// "the junta employed jets against villages", "rockets used by the militia on the capital") names one only with
/// weapons between it and a target after "against" or "on": "used its veto against the draft" and "used sanctions
/// against Cuba" name no weapon.
/// </summary>
public sealed class AimedFrame : ITriggerFrame
{
    /// <summary>The frame of verbs of use, which name an attack only with weapons and a target.</summary>
    public const string WeaponUse = "aimed-weapon";

    public IReadOnlyList<string> Names { get; } = ["aimed", WeaponUse];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var a = c.Args;
        var end = a.RegionEnd(t);
        var weaponUse = t.Entry.Frame == WeaponUse;
        var passiveUse = weaponUse && c.IsPassive(t);
        var subj = passiveUse ? a.PassiveAgent(t.Last, end) : a.SubjectOf(t.First);
        var target = weaponUse ? a.AfterPreposition(t.Last, end, true, WordClass.WeaponUseTargetPreposition)
            : a.AfterPreposition(t.Last, end, true, WordClass.AimTargetPreposition);
        if (subj is null || target is null) return;
        // The weapons stand between the verb and its target, or before a passive verb ("rockets used by …").
        if (weaponUse && (passiveUse ? c.MaterielIn(Math.Max(0, t.First - 6), t.First) : c.MaterielIn(t.Last, target[0].First)).Count == 0) return;
        foreach (var m in target) a.TakenAsObject.Add(m);
        a.LastSubject = subj;
        var targets = c.StatesForPlaces(SentenceArguments.Entities(target));
        c.Emit(new FrameClaims(t, t.Entry.Relation, t.Entry.RuleId, 65) { Subjects = SentenceArguments.Entities(subj), Objects = targets, Arguments = subj.Concat(target), Materiel = c.MaterielIn(t.Last, end) });
    }
}

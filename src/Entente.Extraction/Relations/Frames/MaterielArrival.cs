using Entente.Core.Ontology;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Weapons that arrive: "the first S-300 components reached Iran in 2016", "Iranian drones arrived in Russia".
/// When the thing arriving is materiel, the verb reports a delivery from the materiel's origin (or the actor
/// that modifies it) to the actor or country reached. Warplanes and warships with a demonym arrive as visitors.
/// </summary>
internal static class MaterielArrival
{
    public static bool TryApply(TriggerMention t, FrameContext c)
    {
        var a = c.Args;
        // The materiel of the noun phrase right before the verb ("the first Bayraktar TB2 drones"), with no actor after it.
        // Loops rather than lambdas: capturing the trigger cost a closure on every call, and this runs for every directed trigger.
        var materiel = new List<EntityMention>();
        foreach (var m in c.S.Mentions)
            if (m.IsMateriel && m.Last <= t.First && m.First >= t.First - 6) materiel.Add(m);
        if (materiel.Count == 0 || t.First - materiel[^1].Last > 3 || a.HardBreakBetween(materiel[0].Last - 1, t.First)) return false;
        // "Russian drones flew to Kyiv overnight": weapons that fly somewhere under their own power are launched at it.
        if (c.Words.Is(c.S.Tokens[t.First], Lexicons.WordClass.WeaponHoldingVerb)) return true;
        // "Russian warships docked in Port Sudan": a platform arriving under its own flag visits; it is not delivered.
        if (a.SubjectOf(t.First, inherit: false) is { Count: > 0 } crew && crew[0].Role == MentionRole.Origin) return false;
        // "Four Russian warships, including a nuclear submarine, have reached Cuba": so do platforms whose phrase opens with a flag.
        if (PlatformSubjects.IsPlatform(materiel[0].Entity) && materiel[0].First > 0 && c.S.MentionAt(materiel[0].First - 1) is { Role: MentionRole.Origin, IsMateriel: false }) return false;
        foreach (var m in c.S.Mentions)
            if (m.IsActor && m.First >= materiel[^1].Last && m.Last <= t.First) return false;
        var reached = a.ObjectAfter(t.Last, places: true);
        if (reached is null) return true;
        var recipients = c.StatesForPlaces(SentenceArguments.Entities(reached));
        if (c.OriginOf(materiel) is not { } origin || recipients.Count == 0) return true;
        c.Emit(new FrameClaims(t, RelationTypes.ArmsTransfer.Id, "arms-transfer.arrival", 60) { Subjects = [origin], Objects = recipients, Arguments = materiel.Concat(reached), Materiel = materiel });
        return true;
    }
}

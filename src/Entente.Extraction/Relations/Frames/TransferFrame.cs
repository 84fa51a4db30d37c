using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Giving verbs: "A supplied B with X", "A sold X to B", "A is providing B body armour", light verbs whose
/// theme decides the relation ("providing it protection", "transfer IRGC capabilities"), and passives
/// ("X was delivered to B (by A)", "B was well-supplied with X"), where a missing giver is the origin of
/// the materiel, else the sentence's first actor.
/// </summary>
public sealed class TransferFrame : ITriggerFrame
{
    /// <summary>The frame of giving verbs whose theme decides the relation ("provide", "send").</summary>
    public const string Light = "light";

    public IReadOnlyList<string> Names { get; } = ["transfer", Light];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var a = c.Args;
        var end = a.RegionEnd(t);
        var passive = c.IsPassive(t);
        var materiel = c.MaterielIn(t.Last, end);
        if (materiel.Count == 0 && passive) materiel = c.MaterielBefore(t.First);
        var theme = t.Entry.Relation == RelationTypes.ArmsTransfer.Id ? c.Theme(t.Last, c.ThemeWindowEnd(t.Last, DoubleObjectEnd(c, t, end))) ?? c.ThemeBefore(t.First) : null;
        if (theme is null && materiel.Count == 0 && (t.Entry.Frame == Light || passive && t.Entry.Relation == RelationTypes.ArmsTransfer.Id)) return;
        var relation = theme?.Relation ?? t.Entry.Relation;
        List<EntityMention>? giver, taker;
        if (passive && relation == RelationTypes.PersonnelDeployment.Id)
        {
            // "Russian contractors were deployed to Libya": the forces named are the deployer's own; the place is where they go.
            giver = a.SubjectOf(t.First, inherit: false);
            taker = a.AfterPreposition(t.Last, end, true, WordClass.DeploymentPlacePreposition);
            if (giver is null || taker is null) return;
            Emit(c, t, relation, SentenceArguments.Entities(giver), taker, giver, materiel, end);
            return;
        }
        if (passive)
        {
            taker = a.AfterPreposition(t.Last, end, false, WordClass.PassiveRecipientPreposition) ?? (MaterielIsSubject(c, t) ? null : a.SubjectOf(t.First, inherit: false));
            giver = a.AfterPreposition(t.Last, end, false, "by");
            var origin = giver is null ? c.OriginOf(materiel) : null;
            if (giver is null && origin is null) giver = FirstActors(c, taker);
            // With no "by …", no materiel origin and no earlier actor, nobody is named as the giver.
            if (taker is null || (giver is null && origin is null)) return;
            Emit(c, t, relation, giver is null ? [origin!] : SentenceArguments.Entities(giver), taker, giver ?? [], materiel, end);
            return;
        }
        giver = theme is { } th && c.ModifierBefore(th.Token) is { Role: MentionRole.Modifier } mod ? [mod] : a.SubjectOf(t.First);
        taker = a.AfterPreposition(t.Last, end, relation == RelationTypes.PersonnelDeployment.Id, WordClass.RecipientPreposition) ?? a.ObjectAfter(t.Last) ?? a.LastObject;
        // "problems in delivering Chinese drones to Serbia": a verb with no subject of its own gives the materiel's maker's goods.
        if (taker is not null && relation == RelationTypes.ArmsTransfer.Id && a.SubjectOf(t.First, inherit: false) is null && c.OriginOf(materiel) is { } maker)
        {
            Emit(c, t, relation, [maker], taker, [], materiel, end);
            return;
        }
        if (giver is null || taker is null) return;
        if (materiel.Count == 0) materiel = c.MaterielAntecedent(giver[0].First);
        foreach (var m in taker) a.TakenAsObject.Add(m);
        a.LastSubject ??= giver;
        if (theme is null || c.ModifierBefore(theme.Value.Token) is not { Role: MentionRole.Modifier }) a.LastSubject = giver;
        a.LastObject = taker;
        Emit(c, t, relation, SentenceArguments.Entities(giver), taker, giver, materiel, end);
        // "provided weapons, training and funding to the rebels": each thing given in the list is a claim of its own.
        // "supplying the GNA with drones, air defences and advisers": the list may follow the recipient's "with".
        var listFrom = taker[^1].Last < end && c.S.IsWord(taker[^1].Last, "with") ? taker[^1].Last + 1 : t.Last;
        if (t.Entry.Relation == RelationTypes.ArmsTransfer.Id)
            foreach (var other in c.ListedThemes(listFrom, end).Relations)
                if (other != relation) Emit(c, t, other, SentenceArguments.Entities(giver), taker, giver, other == RelationTypes.ArmsTransfer.Id ? materiel : [], end);
    }

    /// <summary>
    /// "gave Russia diplomatic cover", "gave Moscow training": a theme that is a trigger of its own, right after the
    /// recipient of a light verb, ends the verb's region but is still what is given; the window reaches to its region's end.
    /// </summary>
    private static int DoubleObjectEnd(FrameContext c, TriggerMention t, int end)
    {
        if (t.Entry.Frame != Light || end >= c.S.Tokens.Count) return end;
        var k = c.Cursor(t.Last).SkipArticles().At;
        if (c.S.MentionAt(k) is not { IsActor: true } recipient || recipient.First != k || recipient.Last != end) return end;
        foreach (var other in c.S.Triggers)
            if (other.First == end) return c.Args.RegionEnd(other);
        return end;
    }

    private static void Emit(FrameContext c, TriggerMention t, string relation, IEnumerable<Core.Entities.Entity> givers, List<EntityMention> taker,
        List<EntityMention> giverMentions, List<EntityMention> materiel, int end)
    {
        var takers = SentenceArguments.Entities(taker).ToList();
        if (relation == RelationTypes.PersonnelDeployment.Id && takers.All(e => e.Kind == Core.Entities.EntityKind.Place)) relation = RelationTypes.Presence.Id;
        var place = c.PlaceIn(t.Last, end, takers)?.Entity;
        c.Emit(new FrameClaims(t, relation, t.Entry.RuleId + (c.IsPassive(t) ? ".passive" : ""), 70) { Subjects = givers, Objects = takers, Arguments = giverMentions.Concat(taker), Materiel = materiel, Place = place });
    }

    /// <summary>"the weapons are being sent to African countries": when the passive's own subject is materiel, the recipient
    /// can only follow "to" or "for"; an actor further back ("Belarus wants to make it look as though …") is not it.</summary>
    private static bool MaterielIsSubject(FrameContext c, TriggerMention t)
    {
        var k = c.Cursor(t.First - 1).SkipBack(WordClass.AuxiliaryBeforeParticiple).At;
        return k >= 0 && c.S.MentionAt(k) is { IsMateriel: true };
    }

    /// <summary>The first actors of the sentence other than the recipient: the main clause's subject.</summary>
    private static List<EntityMention>? FirstActors(FrameContext c, List<EntityMention>? taker)
    {
        foreach (var g in c.Args.Groups)
        {
            var rest = g.Where(m => m.IsActor && (taker is null || taker.All(x => x.Entity.Id != m.Entity.Id)) && c.Args.PrepositionBefore(m) is null).ToList();
            if (rest.Count > 0) return rest;
        }
        return null;
    }
}

using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Subject → object verbs: "Russia arming Hezbollah", "maintain ties with Hamas", "launched a satellite for
/// the IRGC", and their passives ("was intercepted by Israel"). Support for a regime is regime-support.
/// A passive attack without "by" takes its attacker from "in Ukrainian strikes". The "listing" frame is the same with
/// a list of targets that names carry titles and descriptions in (<see cref="DesignationList"/>).
/// </summary>
public sealed class DirectedFrame : ITriggerFrame
{
    public IReadOnlyList<string> Names { get; } = ["directed", "listing"];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var a = c.Args;
        var end = a.RegionEnd(t);
        // Weapons that reach or arrive were delivered; aircraft that land somewhere may only be visiting.
        if (t.Entry.Relation == RelationTypes.Visit.Id && !c.S.Tokens[t.First].Lower.StartsWith("land", StringComparison.Ordinal) && MaterielArrival.TryApply(t, c)) return;
        // "talks between Erdogan and visiting Iranian Foreign Minister Araghchi": "visiting" before a name says who is the
        // guest, and the host is the actor named before it, not an object after it.
        if (t.Entry.Relation == RelationTypes.Visit.Id && c.S.Tokens[t.First].Is("visiting") && c.S.MentionAt(t.Last) is { IsActor: true } guest
            && (guest.Form == MentionForm.Official || guest.Entity.Kind == EntityKind.Person || guest.Form == MentionForm.Adjective && guest.Role == MentionRole.Actor)
            && !(t.First > 0 && c.Words.Is(c.S.Tokens[t.First - 1], WordClass.PassiveAuxiliary)))
        {
            VisitingGuest(c, t, guest);
            return;
        }
        // "seizing ships bound for Kenya": a participle of travel right after a noun no name covers says where that noun's
        // ships or people go, and the sentence names no traveller.
        if (t.Entry.Relation == RelationTypes.Visit.Id && c.Words.Is(c.S.Tokens[t.First], WordClass.TravelParticiple) && t.First > 0
            && c.S.MentionAt(t.First - 1) is null && c.S.Tokens[t.First - 1] is { IsWord: true, IsCapitalized: false } before
            && !c.Words.Is(before, WordClass.PassiveAuxiliary) && !c.Words.Is(before, WordClass.FiniteVerb) && !c.Words.Is(before, WordClass.ClauseAdverb)) return;
        // "banned from travelling to the United Kingdom", "barred from visiting Russia": a journey someone is kept from.
        if (t.Entry.Relation == RelationTypes.Visit.Id && t.First > 0 && c.S.Tokens[t.First - 1].Is("from")) return;
        // "gave Russia diplomatic cover at the UN": a noun a light verb gives its recipient is read by the verb's frame.
        if (GivenByLightVerb(c, t)) return;
        // "a Council press statement", "the press reported": a word that is a noun as often as a verb is the verb only before
        // the one it acts on ("press Berlin for tanks", "press its allies").
        if (t.Last == t.First + 1 && c.Words.Is(c.S.Tokens[t.First], WordClass.NounOrVerbTrigger) && !ObjectFollows(c, t.Last)) return;
        // "reached out to", "the deal it reached with Libya": reaching that is no journey.
        if (c.S.Tokens[t.First].Lower.StartsWith("reach", StringComparison.Ordinal) && (c.S.IsWord(t.Last, "out") || c.S.IsWord(t.Last, "with"))) return;
        // "a designated terrorist organisation": an adjective, not a listing; only an apposition says who listed whom.
        if (t.Entry.Frame == "listing" && c.IsAttributive(t))
        {
            DesignatedInApposition(c, t);
            return;
        }
        // "said an armed attack on Manila would trigger the treaty": a verb's form after an article, or an article and one
        // plain word, is a noun; the noun's own frame reads who acted, and the clause's subject did not. A journey is the
        // exception: "during a visit to Rabat, the minister signed" is the subject's.
        if (t.Last == t.First + 1 && t.Entry.Relation != RelationTypes.Visit.Id && NounAfterArticle(c, t.First)) return;
        // "was arrested in the occupied West Bank": a participle between an article and its noun describes the noun; no one
        // the sentence names did it there.
        if (t.Last == t.First + 1 && t.First > 0 && c.Words.Is(c.S.Tokens[t.First - 1], WordClass.Article) && c.S.Tokens[t.First].Lower.EndsWith("ed", StringComparison.Ordinal)) return;
        List<EntityMention>? subj, obj;
        var personal = false;
        var passive = c.IsPassive(t);
        if (passive)
        {
            obj = SharedPatient(c, t) ?? a.SubjectOf(t.First);
            if (obj is null && t.Entry.Relation == RelationTypes.Interdiction.Id) obj = a.AfterPreposition(0, t.First, false, WordClass.PassiveRecipientPreposition);
            subj = a.PassiveAgent(t.Last, end) ?? AttackerIn(c, t.Last, end, t.Entry.Relation);
        }
        else if (Reciprocal(c, t) && a.SubjectOf(t.First) is { Count: > 1 } both)
        {
            // "Venezuela and Cuba backed each other over Guyana": the parties act on one another, and whatever follows
            // the reciprocal is a topic or a place, not a third party.
            subj = both;
            obj = both;
        }
        else
        {
            var listed = ListedForDoing(c, t);
            personal = listed is not null;
            subj = listed ?? ActAgent(c, t) ?? a.SubjectOf(t.First);
            var places = RelationTypes.Find(t.Entry.Relation)?.ObjectMayBePlace == true || t.Entry.Relation == RelationTypes.Attack.Id;
            // "vowed revenge against Israel", "recalled its ambassador from Paris": a phrase that ends in its own "against"
            // or "from" governs the actor after it, which those words elsewhere set apart from the object.
            // Only that actor: one another preposition governs farther on is not ("distanced itself from the war against the Houthis").
            var ownPreposition = t.Last - t.First > 1 && c.Words.Is(c.S.Tokens[t.Last - 1], WordClass.Preposition);
            obj = ownPreposition && a.ObjectAfter(t.Last, places, skipFromBy: false) is [var governed, ..] own && !PrepositionBetween(c, t.Last, governed.First) ? own : null;
            obj ??= a.ObjectAfter(t.Last, places) ?? OwnerOfStruckThing(c, t);
            // "sanctioned two firms in Turkey": the firms are the object, and the state only says where they are.
            if (!places && obj is [var located, ..] && a.LocatesNamelessPhrase(t.Last, located)) obj = null;
            // "sent soldiers to train in western China": where training or recruiting happens is not who is trained.
            if ((t.Entry.Relation == RelationTypes.Training.Id || t.Entry.Relation == RelationTypes.Recruitment.Id) && obj is [var where, ..]
                && AtPlace(c, where)) obj = null;
            // "struck targets in Darfur": a place after "in" is where an attack happened, not what it hit.
            // The owner of what was struck there is ("struck a Russian airbase in Crimea").
            if (t.Entry.Relation == RelationTypes.Attack.Id && obj is [{ Entity.Kind: EntityKind.Place } target, ..] && a.PrepositionBefore(target) is not null) obj = OwnerOfStruckThing(c, t);
            if (obj is not null && t.Entry.Frame == "listing") obj = DesignationList.Extend(c.S, c.Words, obj);
            if (obj is not null && t.Entry.Relation == RelationTypes.Pressure.Id && ActCondemned(c, t, obj[0]) is { } act)
                obj = a.AfterPreposition(act.Last, a.RegionEnd(act), false, "by");
            // "condemned the Russian missile strikes (on Kyiv)": the act's agent, named by a modifier, is the one pressed,
            // not the target the act noun's preposition names.
            if (t.Entry.Relation == RelationTypes.Pressure.Id && AgentOfCondemnedAct(c, t) is { } agent) obj = agent;
        }
        if (subj is null || obj is null) return;
        // "accused Honduras, Panama and Costa Rica of training exiles": one list is not its own members' patient (a
        // reciprocal, read above, is how English says that).
        if (!ReferenceEquals(subj, obj) && obj.Any(o => SameList(a, subj, o)))
        {
            obj = obj.Where(o => !SameList(a, subj, o)).ToList();
            if (obj.Count == 0) return;
        }
        foreach (var m in obj) a.TakenAsObject.Add(m);
        a.LastSubject = subj;
        a.LastObject = obj;
        var relation = t.Entry.Relation;
        if (relation == RelationTypes.Support.Id && obj.Any(m => IsRegime(c, m))) relation = RelationTypes.RegimeSupport.Id;
        if (relation == RelationTypes.Visit.Id && Arrival(c, t, subj)) relation = RelationTypes.Presence.Id;
        else if (relation == RelationTypes.Visit.Id && StateForcesArrive(c, t, subj)) relation = RelationTypes.PersonnelDeployment.Id;
        var materiel = c.MaterielIn(t.Last, end);
        var objects = SentenceArguments.Entities(obj).ToList();
        var place = c.PlaceIn(t.Last, end, objects)?.Entity;
        if (relation == RelationTypes.Attack.Id || relation == RelationTypes.Visit.Id || relation == RelationTypes.PersonnelDeployment.Id)
            objects = c.PlacesAsStates(objects, ref place);
        c.Emit(new FrameClaims(t, relation, t.Entry.RuleId, 70) { Subjects = SentenceArguments.Entities(subj), Objects = objects, Arguments = subj.Concat(obj), Materiel = materiel, Place = place, PersonalSubjects = personal });
        // "supports the Taliban with weapons, training and funding": each thing of the list after "with" is a claim of its own.
        if (t.Entry.Relation == RelationTypes.Support.Id && obj[^1].Last < end && c.S.IsWord(obj[^1].Last, "with") && !passive)
            foreach (var given in c.ListedThemes(obj[^1].Last + 1, end).Relations)
                c.Emit(new FrameClaims(t, given, t.Entry.RuleId, 70)
                {
                    Subjects = SentenceArguments.Entities(subj),
                    Objects = objects,
                    Arguments = subj.Concat(obj),
                    Materiel = given == RelationTypes.ArmsTransfer.Id ? materiel : [],
                    Place = place,
                    PersonalSubjects = personal,
                });
    }

    /// <summary>The guest after an attributive "visiting" visits the nearest actor of another party before it.</summary>
    private static void VisitingGuest(FrameContext c, TriggerMention t, EntityMention guest)
    {
        for (var k = c.S.Mentions.Count - 1; k >= 0; k--)
        {
            var host = c.S.Mentions[k];
            if (host.Last > t.First || !host.IsActor || host.Form == MentionForm.Adjective && host.Role != MentionRole.Actor) continue;
            if (c.Args.HardBreakBetween(host.Last, t.First)) return;
            if ((host.Serves ?? host.Entity).Id == (guest.Serves ?? guest.Entity).Id) return;
            c.Emit(new FrameClaims(t, RelationTypes.Visit.Id, t.Entry.RuleId, 70) { Subjects = [guest.Entity], Objects = [host.Entity], Arguments = [guest, host] });
            return;
        }
    }

    /// <summary>"listed A, the interior minister, B and C for funding the rebels", "for having armed …": the reason a
    /// listing gives is what every one listed did, not only the nearest.</summary>
    private static List<EntityMention>? ListedForDoing(FrameContext c, TriggerMention t)
    {
        // "for having secretly financed, armed, or trained": back over the adverbs and the verbs coordinated before it.
        var k = t.First - 1;
        for (var steps = 0; k > 0 && steps < 8 && !c.S.Tokens[k].Is("having") && !c.S.Tokens[k].Is("for"); steps++, k--)
        {
            var w = c.S.Tokens[k];
            if (!(w.Is(",") || c.Words.Is(w, WordClass.Coordinator) || c.Words.Is(w, WordClass.ClauseAdverb) || w.IsWord && !w.IsCapitalized && w.Lower.EndsWith("ed", StringComparison.Ordinal))) return null;
        }
        if (k > 0 && c.S.Tokens[k].Is("having")) k--;
        if (k < 1 || !c.S.Tokens[k].Is("for") || c.Args.LastObject is not { Count: > 1 } listed) return null;
        if (!c.S.Tokens[t.First].Lower.EndsWith("ing", StringComparison.Ordinal) && k == t.First - 1) return null;
        foreach (var other in c.S.Triggers)
            if (other.Entry.Frame == "listing" && other.Last <= listed[0].First && !c.IsPassive(other)) return listed;
        return null;
    }

    /// <summary>"condemned the sale of drones by Iran to Russia": pressure falls on whoever did the act named right after the
    /// verb (its "by" agent; an agent before the noun, "condemned Iran's sale", is the object already), not on a party the
    /// act reached. The act noun, if the object comes after it.</summary>
    private static TriggerMention? ActCondemned(FrameContext c, TriggerMention t, EntityMention obj) =>
        CondemnedAct.In(c.S, CondemnedAct.ActWithAgentAfter).FirstOrDefault(p => p.Verb == t && obj.First >= p.Act.Last)?.Act;

    /// <summary>The actor modifying an act noun right after a verb of pressure, with only plain words or modifiers between
    /// ("condemned the Syrian air raids", "criticised the recent Iranian drone attacks").</summary>
    private static List<EntityMention>? AgentOfCondemnedAct(FrameContext c, TriggerMention t) =>
        CondemnedAct.In(c.S, CondemnedAct.ActWithModifierAgent).FirstOrDefault(p => p.Verb == t) is { } condemned
        && c.ModifierBefore(condemned.Act.First) is { Role: MentionRole.Modifier or MentionRole.Origin } agent && agent.Entity.Kind.IsActorKind()
            ? c.Args.Group(agent) : null;

    /// <summary>The object is one of a list of subjects, by its mention or by what it refers to ("accused A, B and C of
    /// raids in the country", where "the country" is B).</summary>
    private static bool SameList(SentenceArguments a, List<EntityMention> subj, EntityMention o)
    {
        // A pronoun read as two parties ("they": Russia and Mali) is no list of named subjects.
        if (subj.Any(m => m.First != subj[0].First) && subj.Any(m => m.Entity.Id == o.Entity.Id && m.Form != MentionForm.Pronoun)) return true;
        return subj.Any(m => a.InOneList(m, o));
    }

    /// <summary>A mention after "in", "at" or "inside", perhaps with an article or two lower-case words between ("in western China").</summary>
    private static bool AtPlace(FrameContext c, EntityMention m)
    {
        for (var k = m.First - 1; k >= Math.Max(0, m.First - 3); k--)
        {
            if (c.Words.Is(c.S.Tokens[k], WordClass.PlacePreposition)) return true;
            if (c.S.Tokens[k].IsCapitalized || c.S.Tokens[k].Shape != Tokens.TokenShape.Word || c.S.MentionAt(k) is not null) return false;
        }
        return false;
    }

    /// <summary>"backed each other", "armed one another": the reciprocal right after the trigger.</summary>
    private static bool Reciprocal(FrameContext c, TriggerMention t) =>
        t.Last + 1 < c.S.Tokens.Count && c.Words.Is(c.S.Tokens[t.Last], WordClass.ReciprocalFirst) && c.Words.Is(c.S.Tokens[t.Last + 1], WordClass.ReciprocalSecond);

    /// <summary>"Hezbollah was trained and armed by the IRGC": a passive participle joined by "and" to the one before it shares
    /// that one's patient, which the first frame has already taken as its object.</summary>
    private static List<EntityMention>? SharedPatient(FrameContext c, TriggerMention t)
    {
        if (t.First < 2 || !c.Words.Is(c.S.Tokens[t.First - 1], WordClass.Coordinator) || c.Args.LastObject is null) return null;
        foreach (var other in c.S.Triggers)
            if (other.Last == t.First - 1 && c.IsPassive(other) && c.Args.LastObject[0].Last <= other.First) return c.Args.LastObject;
        return null;
    }

    /// <summary>"Wagner mercenaries arrived in Bangui": forces that arrive are present; a leader who arrives visits.</summary>
    private static bool Arrival(FrameContext c, TriggerMention t, List<EntityMention> subj) =>
        (Arriving(c, t) || c.S.Tokens[t.First].Lower.StartsWith("dock", StringComparison.Ordinal))
        && subj.All(m => m.Entity.Kind is not (EntityKind.Person or EntityKind.State or EntityKind.Regime) && m.Form != MentionForm.Official);

    /// <summary>"Rwandan troops arrived in Mozambique": a state's troops that arrive somewhere were sent there by it.</summary>
    private static bool StateForcesArrive(FrameContext c, TriggerMention t, List<EntityMention> subj) =>
        Going(c, t) && (subj is [{ Entity.Kind: EntityKind.State } forces] && forces.Last <= t.First
            && (c.ThemeAt(forces.Last - 1) ?? c.ThemeAt(forces.Last)) == RelationTypes.PersonnelDeployment.Id || ForcesFrom(c, subj));

    /// <summary>"troops from Russia, Armenia and Belarus arrived": states after "from" and a noun of forces sent.</summary>
    private static bool ForcesFrom(FrameContext c, List<EntityMention> subj) =>
        subj.Count > 0 && subj.TrueForAll(m => m.Entity.Kind == EntityKind.State) && c.Args.PrepositionBefore(subj[0]) == "from"
        && c.Cursor(subj[0].First - 1).SkipArticlesBack().At is var from and >= 1 && c.PersonnelAt(from - 1);

    /// <summary>A light verb, then its recipient (a name, past an article), right before the trigger.</summary>
    private static bool GivenByLightVerb(FrameContext c, TriggerMention t)
    {
        if (t.First < 2 || c.S.MentionAt(t.First - 1) is not { IsActor: true } recipient || recipient.Last != t.First) return false;
        var k = c.Cursor(recipient.First - 1).SkipArticlesBack().At;
        foreach (var other in c.S.Triggers)
            if (other.Last == k + 1 && other.Entry.Frame == TransferFrame.Light) return true;
        return false;
    }

    /// <summary>An article right before <paramref name="k"/>, or before one plain lowercase word there ("an armed attack"; not a
    /// participle, which follows its noun: "a militia armed by", "the laws annexing").</summary>
    private static bool NounAfterArticle(FrameContext c, int k)
    {
        var s = c.S;
        if (k >= 1 && c.Words.Is(s.Tokens[k - 1], WordClass.Article)) return true;
        var form = s.Tokens[k].Lower;
        return !form.EndsWith("ed", StringComparison.Ordinal) && !form.EndsWith("ing", StringComparison.Ordinal) && k >= 2 && c.Words.Is(s.Tokens[k - 2], WordClass.Article) && s.MentionAt(k - 1) is null
            && s.Tokens[k - 1] is { IsWord: true, IsCapitalized: false } w && !c.Words.Is(w, WordClass.Preposition) && !c.Words.Is(w, WordClass.Coordinator);
    }

    /// <summary>A preposition in [<paramref name="from"/>, <paramref name="to"/>) other than "including", which gives examples.</summary>
    private static bool PrepositionBetween(FrameContext c, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (c.Words.Is(c.S.Tokens[k], WordClass.Preposition) && !c.S.Tokens[k].Is("including")) return true;
        return false;
    }

    /// <summary>An actor, or an article or possessive that opens one, right at <paramref name="k"/>.</summary>
    private static bool ObjectFollows(FrameContext c, int k) =>
        k < c.S.Tokens.Count && (c.S.MentionAt(k) is { IsActor: true } || c.Words.Is(c.S.Tokens[k], WordClass.DeterminerBeforeArgument) || c.Words.Is(c.S.Tokens[k], WordClass.PossessivePronoun));

    /// <summary>"arrived", "landed": a trigger of arriving somewhere.</summary>
    private static bool Arriving(FrameContext c, TriggerMention t) =>
        c.S.Tokens[t.First].Lower is var w && (w.StartsWith("arriv", StringComparison.Ordinal) || w.StartsWith("land", StringComparison.Ordinal));

    /// <summary>"arrived", "flew to", "travelled to": a trigger of going somewhere, which a state's forces do when it sends them.</summary>
    private static bool Going(FrameContext c, TriggerMention t) =>
        Arriving(c, t) || c.S.Tokens[t.First].Lower is var w && (w.StartsWith("travel", StringComparison.Ordinal) || w is "flew" or "flies" or "fly" or "flying");

    /// <summary>
    /// "the PKK, a designated terrorist group in Turkey, the EU and the US": an apposition that calls an actor a group
    /// designated in (or by) some states says those states listed it.
    /// </summary>
    private static void DesignatedInApposition(FrameContext c, TriggerMention t)
    {
        var s = c.S;
        var article = t.First - 1;
        if (article < 2 || !c.Words.Is(s.Tokens[article], WordClass.Article) || !s.Tokens[article - 1].Is(",") || s.MentionAt(article - 2) is not { IsActor: true } listed) return;
        var end = c.Args.RegionEnd(t);
        if (c.Args.AfterPreposition(t.Last, Math.Min(end, t.Last + 6), false, WordClass.ListerPreposition) is not { } listers) return;
        // "as well as the EU": the list may go on past its first "and" in the same sentence.
        listers = DesignationList.Extend(s, c.Words, listers);
        c.Emit(new FrameClaims(t, RelationTypes.Sanction.Id, t.Entry.RuleId, 70) { Subjects = SentenceArguments.Entities(listers), Objects = SentenceArguments.Entities(c.Args.Group(listed)), Arguments = listers.Append(listed) });
    }

    private static bool IsRegime(FrameContext c, EntityMention m) =>
        m.Entity.Kind == EntityKind.Regime || m.RegimePhrase || m.Form == MentionForm.Collective && c.Words.Is(c.S.Tokens[m.Last - 1], WordClass.RegimeNoun);

    private static List<EntityMention>? AttackerIn(FrameContext c, int from, int to, string relation)
    {
        if (relation != RelationTypes.Attack.Id) return null;
        foreach (var m in c.S.Mentions)
            if (m.First >= from && m.First < to + 1 && m.Entity.Kind.IsActor() && m.Role == MentionRole.Modifier) return [m];
        // "was killed in an air strike by Israeli forces": the act noun's own "by" names who struck.
        foreach (var act in c.S.Triggers)
            if (act.First >= from && act.First <= to && IsAttackNoun(act) && ActByAgent(c, act, c.Args.RegionEnd(act)) is { } agent) return agent;
        return null;
    }

    /// <summary>
    /// "An Israeli air strike on Beirut killed two commanders", "rocket attacks launched by the militias killed three
    /// soldiers": an attack verb whose subject is an attack noun, perhaps with the place or target it hit between them,
    /// was done by whoever did the act: the actor modifying the noun, or the one its "by" names.
    /// </summary>
    private static List<EntityMention>? ActAgent(FrameContext c, TriggerMention t)
    {
        if (t.Entry.Relation != RelationTypes.Attack.Id) return null;
        for (var i = c.S.Triggers.Count - 1; i >= 0; i--)
        {
            var act = c.S.Triggers[i];
            if (act.Last > t.First || act == t) continue;
            // "attacks launched by the militias killed …": the participle of doing the act belongs to its noun.
            if (c.Words.Is(c.S.Tokens[act.First], WordClass.AttackActVerb) && c.S.IsWord(act.Last, "by")) continue;
            if (!IsAttackNoun(act) || !OnlyPhraseBetween(c, act.Last, t.First)) return null;
            if (ActByAgent(c, act, t.First) is { } by) return by;
            return c.ModifierBefore(act.First, verbEnds: true) is { } agent && (agent.Possessive || agent.Role is MentionRole.Modifier or MentionRole.Origin) && agent.Entity.Kind.IsActorKind()
                ? c.Args.Group(agent) : null;
        }
        return null;
    }

    /// <summary>
    /// "shot down a Russian jet", "seized a British-flagged tanker": what an attack or a seizure hits, when it is a craft or a
    /// weapon that a state's adjective names the owner or flag of, stands for that state. Only right after the verb, past an
    /// article or a few plain words ("two").
    /// </summary>
    private static List<EntityMention>? OwnerOfStruckThing(FrameContext c, TriggerMention t)
    {
        if (t.Entry.Relation != RelationTypes.Attack.Id && t.Entry.Relation != RelationTypes.Interdiction.Id) return null;
        var s = c.S;
        for (var k = t.Last; k < Math.Min(s.Tokens.Count, t.Last + 4); k++)
        {
            if (StruckOwner(c, k) is { } owner)
            {
                // "attacked Israeli and American ships": owners joined by "and" or a comma share the noun.
                var owners = new List<EntityMention> { owner };
                var next = owner.Last;
                while (next + 1 < s.Tokens.Count && (s.Tokens[next].Is("and") || s.Tokens[next].Is(",")) && StruckOwner(c, next + 1) is { } other)
                {
                    owners.Add(other);
                    next = other.Last;
                }
                return StruckThingAt(c, next) ? owners : null;
            }
            if (!s.Tokens[k].IsWord || s.Tokens[k].IsCapitalized || s.MentionAt(k) is not null) return null;
        }
        return null;
    }

    /// <summary>
    /// What an owner's adjective may qualify when struck, at <paramref name="k"/> or past two plain words: weapons, vessels,
    /// sites and facilities ("a Russian airbase", "a Russian oil refinery", "the Iranian consulate").
    /// </summary>
    private static bool StruckThingAt(FrameContext c, int k)
    {
        var s = c.S;
        for (var end = Math.Min(s.Tokens.Count, k + 3); k < end; k++)
        {
            if (s.MentionAt(k) is { } m) return m.IsMateriel && m.First == k;
            var w = s.Tokens[k];
            if (c.Words.Is(w, WordClass.VesselNoun) || c.Words.Is(w, WordClass.PlaceHead) || c.Words.Is(w, WordClass.StruckSiteNoun)) return true;
            if (!w.IsWord || w.IsCapitalized || c.Words.Is(w, WordClass.Preposition)) return false;
        }
        return false;
    }

    /// <summary>A state's adjective at the token that may own a struck thing: "shot down Iranian-made drones" names who made a
    /// weapon, not who loses it.</summary>
    private static EntityMention? StruckOwner(FrameContext c, int k) =>
        c.S.MentionAt(k) is { Form: MentionForm.Adjective or MentionForm.CompoundPart } owner && owner.First == k && owner.Entity.Kind.IsActorKind()
        && !(owner.Suffix is { } suffix && c.Words.Is(suffix, WordClass.MadeSuffix)) ? owner : null;

    private static bool IsAttackNoun(TriggerMention act) => act.Entry.Relation == RelationTypes.Attack.Id && act.Entry.Frame == NominalFrame.Name;

    /// <summary>"strikes by Israeli forces", "attacks launched by the militias": the actor after "by" right after the act noun,
    /// or after a participle of doing it.</summary>
    private static List<EntityMention>? ActByAgent(FrameContext c, TriggerMention act, int to)
    {
        var k = act.Last;
        if (k < to && c.Words.Is(c.S.Tokens[k], WordClass.AttackActVerb)) k++;
        if (k < to && c.S.Tokens[k].Is("out")) k++;
        return k < to && c.S.Tokens[k].Is("by") ? c.Args.AfterPreposition(k, Math.Min(to, k + 4), false, "by") : null;
    }

    /// <summary>Between an act noun and the verb it is the subject of: nothing, or a phrase of a preposition and what it
    /// governs (no comma, clause word or other verb), an adverb or an auxiliary ("has reportedly killed").</summary>
    private static bool OnlyPhraseBetween(FrameContext c, int from, int to)
    {
        if (to - from > 10) return false;
        for (var k = from; k < to; k++)
        {
            var w = c.S.Tokens[k];
            if (w.Shape == Tokens.TokenShape.Punct || c.Words.Is(w, WordClass.FiniteVerb) && !c.Words.Is(w, WordClass.TenseAuxiliary)) return false;
            if (k > from && w.IsWord && !w.IsCapitalized && w.Lower.EndsWith("ed", StringComparison.Ordinal) && !c.Words.Is(w, WordClass.AttackActVerb) && c.S.MentionAt(k) is null) return false;
        }
        return true;
    }
}

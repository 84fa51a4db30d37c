using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Frames;

/// <summary>"B received X from A", "Wagner received Iranian drones": the claim runs from the giver (the "from"
/// actor, else the origin of the materiel) to the receiver.</summary>
public sealed class ReceiveFrame : ITriggerFrame
{
    public IReadOnlyList<string> Names { get; } = ["receive"];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var a = c.Args;
        var end = a.RegionEnd(t);
        // "over the planned purchase of Su-35 jets", "Japan's arms imports": the trigger is a noun after a determiner or a word
        // of the arms trade, and a noun's buyer is its possessor or modifier, not the clause's subject.
        var afterArmsWord = t.First > 0 && c.Words.Is(c.S.Tokens[t.First - 1], WordClass.ArmsTradeWord);
        var asNoun = afterArmsWord || t.First > 0 && c.Words.Is(c.S.Tokens[t.First - 1], WordClass.DeterminerBeforeReceiveNoun);
        var taker = asNoun ? c.ModifierBefore(t.First) is { } buyer ? [buyer] : null : a.SubjectOf(t.First);
        if (taker is null) return;
        if (!asNoun && Reception(c, t, end, taker)) return;
        // "receives weapons, training and funding from Iran": the list's theme nouns are triggers of their own, but the
        // giver follows the whole list.
        var listed = c.ListedThemes(t.Last, end);
        // So does one after "military support", a noun the trigger finder read on its own.
        if (listed.Relations.Count > 0 || listed.End > t.Last) end = Math.Max(end, Math.Min(c.S.Tokens.Count, listed.End + 6));
        // "Hamas, which receives Qatari support, fired rockets": what a relative clause's verb receives, and from whom, is
        // named inside the clause.
        if (a.Relatives.Around(t.First) is { } clause) end = Math.Min(end, clause.End);
        // "India's arms imports from Russia": the arms before the noun are what it receives.
        var materiel = c.MaterielIn(afterArmsWord ? t.First - 1 : t.Last, end);
        var giver = a.AfterPreposition(t.Last, end, false, "from");
        // "bought drones from China and missiles from Russia", "$400 million from Russia and $200 million from China": each
        // "from" the list of things goes on to names a giver too.
        if (giver is not null) giver = MoreGivers(c, giver, end);
        // "China bought record volumes of Russian oil": goods that are not weapons make a trade, from the seller named by their modifier.
        var theme = materiel.Count == 0 && t.Entry.Relation == RelationTypes.ArmsTransfer.Id ? c.Theme(t.Last, c.ThemeWindowEnd(t.Last, end)) : null;
        // "received military help from Syria", "receives Turkish training": help and training received are the giver's too.
        if (theme is { } given && !ReceivedThemes.Contains(given.Relation)) theme = null;
        // "Russian military support": the demonym the agent noun made an actor gives what it qualifies too.
        if (theme is { } th && giver is null && c.ModifierBefore(th.Token) is { } seller
            && (seller.Role == MentionRole.Modifier || seller is { Form: MentionForm.Adjective, Suffix: null } && seller.Last == th.Token)) giver = [seller];
        // "received military training in Iran": training received in a state, from nobody named, is that state's.
        if (giver is null && theme is { } trained && trained.Relation == RelationTypes.Training.Id
            && a.AfterPreposition(trained.Token + 1, Math.Min(end, trained.Token + 4), true, "in") is [{ Entity.Kind: EntityKind.State }] host) giver = host;
        var givers = giver is not null ? SentenceArguments.Entities(giver).ToList() : c.OriginOf(materiel) is { } o ? [o] : [];
        // Without weapons or goods named, "received … from" says too little to call it an arms transfer.
        if (givers.Count == 0 || t.Entry.Relation == RelationTypes.ArmsTransfer.Id && materiel.Count == 0 && theme is null) return;
        var takers = SentenceArguments.Entities(taker).ToList();
        var place = c.PlaceIn(t.Last, end, takers)?.Entity;
        var relation = theme?.Relation ?? t.Entry.Relation;
        c.Emit(new FrameClaims(t, relation, t.Entry.RuleId, 65) { Subjects = givers, Objects = takers, Arguments = taker.Concat(giver ?? []), Materiel = materiel, Place = place });
        // "receives weapons, training and funding from Iran": each thing received in the list is a claim of its own.
        if (giver is not null && t.Entry.Relation == RelationTypes.ArmsTransfer.Id)
            foreach (var other in listed.Relations)
                if (other != relation)
                    c.Emit(new FrameClaims(t, other, t.Entry.RuleId, 65) { Subjects = givers, Objects = takers, Arguments = taker.Concat(giver), Materiel = other == RelationTypes.ArmsTransfer.Id ? materiel : [], Place = place });
    }

    /// <summary>The givers after "and", a few words of the next thing received and another "from", added in turn.</summary>
    private static List<EntityMention> MoreGivers(FrameContext c, List<EntityMention> giver, int end)
    {
        var s = c.S;
        var all = giver;
        for (var k = giver[^1].Last; k + 2 < end && s.IsWord(k, "and");)
        {
            var from = k + 1;
            while (from < end && from <= k + 5 && s.MentionAt(from) is null or { IsMateriel: true } && !s.IsWord(from, "from") && !c.Words.Is(s.Tokens[from], WordClass.Preposition)) from++;
            if (!s.IsWord(from, "from") || c.Args.AfterPreposition(from, Math.Min(end, from + 4), false, "from") is not [var next, ..] more || next.First > from + 3) break;
            all = [.. all, .. more];
            k = more[^1].Last;
        }
        return all;
    }

    /// <summary>
    /// "Ruto received Uganda's foreign minister in Nairobi", "Haftar was received by Putin": receiving someone who acts for
    /// a state or group, with no goods or help named, is hosting a visit (as "hosted" is).
    /// </summary>
    private static bool Reception(FrameContext c, TriggerMention t, int end, List<EntityMention> subject)
    {
        if (c.MaterielIn(t.Last, end).Count > 0 || c.Theme(t.Last, c.ThemeWindowEnd(t.Last, end)) is not null) return false;
        var a = c.Args;
        List<EntityMention>? guest, host;
        if (c.IsPassive(t))
            (guest, host) = (subject, a.PassiveAgent(t.Last, end));
        else
        {
            var k = c.Cursor(t.Last).SkipArticles().At;
            (guest, host) = (c.S.MentionAt(k) is { IsActor: true } m && m.First == k ? a.Group(m) : null, subject);
        }
        if (guest is not [var first, ..] || host is null || first.Possessive || !Envoy(first, false) || !host.Any(h => Envoy(h, true))) return false;
        var hosts = SentenceArguments.Entities(host).ToList();
        var guests = SentenceArguments.Entities(guest).Where(g => hosts.All(h => h.Id != g.Id)).ToList();
        if (guests.Count == 0) return false;
        c.Emit(new FrameClaims(t, RelationTypes.Visit.Id, "visit.host", 60) { Subjects = guests, Objects = hosts, Arguments = host.Concat(guest), Place = c.PlaceIn(t.Last, end, [])?.Entity });
        return true;
    }

    /// <summary>Someone who acts for a state or group: an official or a person; a host may also be the state itself.</summary>
    private static bool Envoy(EntityMention m, bool orState) =>
        m.Form == MentionForm.Official || m.Entity.Kind == EntityKind.Person || orState && m.Entity.Kind == EntityKind.State && m.Form != MentionForm.Adjective;

    private static readonly HashSet<string> ReceivedThemes = [RelationTypes.EconomicCooperation.Id, RelationTypes.TechnologyTransfer.Id, RelationTypes.Funding.Id,
        RelationTypes.Support.Id, RelationTypes.Training.Id];
}

using Entente.Core.Entities;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Relations;

/// <summary>
/// Argument search over one sentence: the subject to the left of a trigger (skipping actors governed
/// by a preposition and actors already taken as objects, not crossing a semicolon or dash), the object
/// to the right (stopping at the next trigger or clause break), and actors after given prepositions.
/// When a clause has no subject of its own it inherits the last one ("Russia arming Hezbollah; providing it …").
/// </summary>
public sealed class SentenceArguments(SentenceAnalysis sentence, WordClasses words)
{
    private readonly SentenceAnalysis s = sentence;

    public SentenceAnalysis Sentence => s;
    public WordClasses Words { get; } = words;

    /// <summary>A cursor over the sentence's tokens at <paramref name="at"/>.</summary>
    public TokenCursor Cursor(int at) => new(s.Tokens, Words, at);
    /// <summary>Found on first use: many sentences have no trigger or construction that asks for them.</summary>
    public List<List<EntityMention>> Groups => field ??= ActorGroups.Find(s, Words);
    // The groups looked up by member, made on first use like the groups.
    private ActorGroupIndex GroupIndex => field ??= new ActorGroupIndex(Groups);
    public RelativeClauses Relatives => field ??= new RelativeClauses(s, Words);
    public HashSet<EntityMention> TakenAsObject { get; } = new(SpanIdentity.Instance);
    public List<EntityMention>? LastSubject { get; set; }
    public List<EntityMention>? LastObject { get; set; }

    /// <summary>The preposition right before a mention (skipping "the", "all", …), or null.</summary>
    public string? PrepositionBefore(EntityMention m)
    {
        var k = HeadWordBefore(m);
        if (k < 0 || !Words.Is(s.Tokens[k], WordClass.Preposition)) return null;
        // "thousands of North Korean soldiers": after an amount, "of" heads nothing; the soldiers are the phrase.
        if (s.Tokens[k].Lower == "of" && k > 0 && Words.Is(s.Tokens[k - 1], WordClass.AmountHead)) return null;
        // "according to a UN report" names a source, never a recipient.
        return s.Tokens[k].Lower == "to" && s.IsWord(k - 1, "according") ? "according to" : s.Tokens[k].Lower;
    }

    public List<EntityMention>? SubjectOf(int trigger, bool inherit = true)
    {
        // "drones that were used to attack the grid": whoever used them did it, and the sentence does not say who.
        if (UsedBy(trigger) is { } user) return user;
        if (DashRelative(trigger) is { } antecedent) return Group(antecedent);
        if (UsedTo(trigger) || NamelessRelativeSubject(trigger)) return null;
        if (MeansGerund(trigger) && ClauseSubject(trigger) is { } doer) return doer;
        for (var k = s.Mentions.Count - 1; k >= 0; k--)
        {
            var m = s.Mentions[k];
            if (m.Last > trigger) continue;
            if (HardBreakBetween(m.Last - 1, trigger)) break;
            if (!m.IsActor)
            {
                if (PlatformSubjects.Of(s, Words, m, trigger) is { } platformOrigins) return platformOrigins;
                continue;
            }
            // "Hamas, which Iran has funded, fired …": an actor inside a closed relative clause is not the main verb's
            // subject; the antecedent is, even when the clause took it as its object.
            if (Relatives.Around(m.First) is { } rc && rc.End < trigger) continue;
            if (Relatives.Around(m.Last + 1) is { } own && own.Antecedent == m && own.Start <= trigger) return Group(m);
            // "pressed Serbia to cut ties with Belarus": the object of "urged" is the subject of what it is urged to do,
            // which has not happened, so there is no claim; "urged Iran to stop arming the Houthis" says it is happening.
            // "allowed Russian instructors to use a base": the object of a verb that lets it happen is its subject.
            if (InfinitiveAfter(m, trigger) is { } ceasing)
            {
                if (DemandBefore(m)) return ceasing ? Group(m) : null;
                // Only a direct object: "streamed into Syria to help Assad" names where they went, not who helps.
                if (TakenAsObject.Contains(m) && PrepositionBefore(m) is null) return Group(m);
            }
            // "warned Helsinki against joining NATO", "barred the firm from selling arms": the object is the one kept from
            // the act, which has not happened.
            if (TakenAsObject.Contains(m) && KeptFrom(m, trigger)) return null;
            // "demanded that Russia stop supplying Iran": the object a demand names after "that" is its clause's subject.
            if (TakenAsObject.Contains(m) && m.First > 0 && s.Tokens[m.First - 1].Is("that") && OnlyVerbWordsBetween(m.Last, trigger)) return Group(m);
            if (TakenAsObject.Contains(m) && PassiveAccused(m, trigger)) return Group(m);
            if (TakenAsObject.Contains(m) || InApposition(m) || ObjectOfJoinedVerb(m, trigger)) continue;
            if ((PrepositionBefore(m) is not null || GovernedConjunct(m)) && !JustBefore(m, trigger)) continue;
            // "The Pentagon blamed the militia for a drone strike": the accuser is not the one who struck.
            if (AccusationBetween(m, trigger) is { } accused) return accused.Count > 0 ? accused : null;
            // "Several Gulf states, including Qatar and Kuwait, funded …": the examples act with their group.
            return WithCompanions(WithExamples(Group(m), trigger), trigger);
        }
        return inherit ? LastSubject : null;
    }

    /// <summary>
    /// "froze the assets of charities that fund the group": a verb right after "that" or "which" has the relative
    /// pronoun for subject, so a noun no mention covers right before it ("charities") is who acts, and no actor the
    /// sentence names earlier is. "which Iran funds" and "Iranian proxies that attack" are not this: an actor stands
    /// between or right before. A noun after "that" ("warned that sanctions on …") is no verb: a preposition follows it.
    /// </summary>
    private bool NamelessRelativeSubject(int trigger)
    {
        if (trigger + 1 < s.Tokens.Count && Words.Is(s.Tokens[trigger + 1], WordClass.Preposition)) return false;
        var k = trigger - 1;
        var auxiliary = false;
        for (; k > 0 && (Words.Is(s.Tokens[k], WordClass.ClauseAdverb) || Auxiliary(s.Tokens[k])); k--)
            auxiliary |= Auxiliary(s.Tokens[k]);
        // "said that arming …": a bare gerund after "that" is a clause's subject, not a relative's verb ("that was carrying").
        if (!auxiliary && s.Tokens[trigger].Lower.EndsWith("ing", StringComparison.Ordinal)) return false;
        if (k < 2 || !(s.Tokens[k].Is("that") || s.Tokens[k].Is("which"))) return false;
        // "a dhow off Oman's coast on 3 May that was carrying …": the noun comes before the time.
        var at = k - 1;
        if (InTime(at))
        {
            while (at > 0 && InTime(at)) at--;
            if (Words.Is(s.Tokens[at], WordClass.Preposition)) at--;
        }
        if (at < 1) return false;
        var noun = s.Tokens[at];
        return noun.Shape == TokenShape.Word && !noun.IsCapitalized && !noun.Lower.EndsWith("ed", StringComparison.Ordinal) && !Words.Is(noun, WordClass.FiniteVerb)
            && !Words.Is(noun, WordClass.Preposition) && s.MentionAt(at) is null && s.MentionAt(at - 1) is null;
    }

    /// <summary>"Putin met Erdogan and praised the deal": the object of a past verb joined by "and" to the trigger's is not
    /// the trigger's subject; the first verb's subject is.</summary>
    private bool ObjectOfJoinedVerb(EntityMention m, int trigger)
    {
        var k = trigger - 1;
        while (k > m.Last && Words.Is(s.Tokens[k], WordClass.ClauseAdverb)) k--;
        if (k != m.Last || !s.Tokens[k].Is("and")) return false;
        var verb = m.First - 1;
        if (verb >= 0 && Words.Is(s.Tokens[verb], WordClass.Article)) verb--;
        if (verb < 1 || s.MentionAt(verb) is not null || s.Tokens[verb].Shape != TokenShape.Word || s.Tokens[verb].IsCapitalized) return false;
        var w = s.Tokens[verb].Lower;
        return w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) || Words.Is(s.Tokens[verb], WordClass.IrregularPastVerb);
    }

    /// <summary>Nothing but auxiliaries, clause adverbs and a verb of ceasing in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool OnlyVerbWordsBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!(Auxiliary(s.Tokens[k]) || Words.Is(s.Tokens[k], WordClass.ClauseAdverb) || Words.Is(s.Tokens[k], WordClass.CeasingVerb))) return false;
        return true;
    }

    private bool Auxiliary(Token t) => Words.Is(t, WordClass.TenseAuxiliary) || Words.Is(t, WordClass.PassiveAuxiliary);

    /// <summary>
    /// "Belarus, along with Iran and Cuba, has been selling rifles": the actors set off by commas after a subject with
    /// "along with" or "together with" share its verb. The subject alone when no such phrase closes before the verb.
    /// </summary>
    private List<EntityMention> WithCompanions(List<EntityMention> subject, int trigger)
    {
        var k = subject[^1].Last;
        if (k + 3 >= trigger || !s.Tokens[k].Is(",") || !(s.Tokens[k + 1].Is("along") || s.Tokens[k + 1].Is("together")) || !s.Tokens[k + 2].Is("with"))
            return subject;
        if (s.MentionAt(k + 3) is not { IsActor: true } first || first.First != k + 3) return subject;
        var companions = Group(first);
        var close = companions[^1].Last;
        if (close >= trigger || !s.Tokens[close].Is(",")) return subject;
        return [.. subject, .. companions];
    }

    /// <summary>"by sanctioning", "by quietly supplying": a gerund of means, whose doer is the clause's subject.</summary>
    private bool MeansGerund(int trigger)
    {
        if (!s.Tokens[trigger].Lower.EndsWith("ing", StringComparison.Ordinal)) return false;
        var k = trigger - 1;
        while (k > 0 && Words.Is(s.Tokens[k], WordClass.ClauseAdverb)) k--;
        return k > 0 && s.Tokens[k].Is("by");
    }

    /// <summary>
    /// "OFAC continues to counter Russia's activities in Africa by sanctioning two firms": the clause's subject, the first
    /// actor of the clause that no preposition governs (not the nearest actor, which is the main verb's object).
    /// </summary>
    public List<EntityMention>? ClauseSubject(int trigger)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Last > trigger) break;
            if (!m.IsActor || HardBreakBetween(m.Last - 1, trigger) || Relatives.Around(m.First) is { } rc && rc.End < trigger) continue;
            return PrepositionBefore(m) is null ? Group(m) : null;
        }
        return null;
    }

    /// <summary>The accused of "blamed X for …" / "accused X of …" / "sanctioned two Turkish firms for shipping …"
    /// between a candidate subject and the trigger:
    /// the accused actor, an empty list when the accused is not a known actor, null without an accusation.</summary>
    private List<EntityMention>? AccusationBetween(EntityMention subject, int trigger)
    {
        for (var k = subject.Last; k < trigger; k++)
        {
            if (!Words.Is(s.Tokens[k], WordClass.AccusationVerb)) continue;
            // "Hamas was accused of attacking …": in the passive the accused is the subject itself, when the verb follows it
            // with only auxiliaries and adverbs between; "a company accused of …" names no actor.
            if (k + 1 < trigger && (s.Tokens[k + 1].Is("of") || s.Tokens[k + 1].Is("for")))
                return PassiveOf(subject, k) ? null : [];
            // "India rejected the sanctions and bought …": the noun, with no one after it, accuses nobody of the next verb.
            // ("blamed and sanctioned Iran for": the next accusing word names the accused.)
            if (k + 1 < trigger && Words.Is(s.Tokens[k + 1], WordClass.Coordinator)) continue;
            var next = k + 1;
            while (next < trigger && (Words.Is(s.Tokens[next], WordClass.DeterminerBeforeAccused) || s.Tokens[next].Shape == TokenShape.Number)) next++;
            return s.MentionAt(next) is { IsActor: true } accused ? Group(accused) : [];
        }
        return null;
    }

    /// <summary>"Rosoboronexport was sanctioned by the US in 2022 for shipping …": the subject of a passive verb of accusing, past
    /// its agent and the "for" or "of" before the trigger, did the act (the sanction's frame took it as its object).</summary>
    private bool PassiveAccused(EntityMention m, int trigger)
    {
        // Only auxiliaries and adverbs stand between a passive's subject and its verb: the scan stops at anything else.
        var k = m.Last;
        while (k + 1 < trigger && (Auxiliary(s.Tokens[k]) || Words.Is(s.Tokens[k], WordClass.ClauseAdverb))) k++;
        return k + 1 < trigger && Words.Is(s.Tokens[k], WordClass.AccusationVerb) && s.Tokens[k + 1].Is("by") && PassiveOf(m, k) && ForBefore(k + 2, trigger);
    }

    /// <summary>A "for" or "of" between two tokens, in the same clause: what the accused is accused of follows it.</summary>
    private bool ForBefore(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (s.Tokens[k].Is("for") || s.Tokens[k].Is("of")) return true;
            if (HardBreakBetween(k, k + 1)) return false;
        }
        return false;
    }

    /// <summary>Only auxiliaries and adverbs ("has been", "was also") between a subject and its passive verb, and the subject
    /// no place a preposition governs ("proxy groups in Iraq and Yemen have been accused": the groups are).</summary>
    private bool PassiveOf(EntityMention subject, int verb)
    {
        if (PrepositionBefore(FirstOfGroup(subject)) is not null) return false;
        for (var k = subject.Last; k < verb; k++)
            if (!Auxiliary(s.Tokens[k]) && !Words.Is(s.Tokens[k], WordClass.ClauseAdverb)) return false;
        return subject.Last < verb;
    }

    /// <summary>"Hezbollah, Iran's most powerful proxy, has sent …", "Motor Sich, a Ukrainian company, supplies …": the possessor
    /// or the state's adjective inside an apposition is not the subject; the name it describes is.</summary>
    private bool InApposition(EntityMention m) => (m.Possessive || m.Form == MentionForm.Adjective) && AppositiveBefore(m) is not null;

    /// <summary>The actor an apposition starting at <paramref name="m"/> describes: the one right before its comma
    /// ("Hezbollah" in "Hezbollah, Iran's most powerful proxy, …" and in "Hezbollah, one of Iran's proxies, …").</summary>
    public EntityMention? AppositiveBefore(EntityMention m)
    {
        var k = Cursor(m.First - 1).SkipArticlesBack().At;
        if (k > 0 && s.Tokens[k].Is("another")) k--;
        // "Kenya, one of Britain's key allies, …": the apposition may name one of several.
        if (k > 1 && s.Tokens[k].Is("of") && s.Tokens[k - 1].Is("one")) k -= 2;
        return k > 0 && s.Tokens[k].Is(",") && s.MentionAt(k - 1) is { IsActor: true } appositive ? appositive : null;
    }

    /// <summary>"pressed Serbia", "called on Iran", "asked Russia": a verb of demanding before the mention.</summary>
    private bool DemandBefore(EntityMention m)
    {
        var k = Cursor(m.First - 1).SkipArticlesBack().At;
        if (k > 0 && s.Tokens[k].Is("on")) k--;
        return k >= 0 && Words.Is(s.Tokens[k], WordClass.DemandVerb);
    }

    /// <summary>"Serbia to cut ties" (false), "Iran to stop supplying" (true): an actor right before "to" and the
    /// trigger, perhaps with a verb of ceasing between; null for anything else.</summary>
    private bool? InfinitiveAfter(EntityMention m, int trigger)
    {
        if (m.Last >= trigger || !s.Tokens[m.Last].Is("to")) return null;
        var k = Cursor(m.Last + 1).SkipAdverbs(WordClass.ClauseAdverb, limit: trigger).At;
        if (k == trigger) return false;
        return k + 1 == trigger && Words.Is(s.Tokens[k], WordClass.CeasingVerb) ? true : null;
    }

    /// <summary>
    /// "drones, which have been used to attack the grid and kill civilians", "arms that could be used to strike": weapons
    /// put to use by someone unnamed, a passive verb of use and "to" before the trigger (or before the verb it is
    /// joined to). An actor put to use ("militias have been used to attack") is still the one who attacks.
    /// </summary>
    /// <summary>"the branch of the PKK — which is listed as a terrorist group by …": a relative word after a dash, with no actor
    /// between it and the verb, has the actor right before the dash (and its bracketed short name) for subject; the dash
    /// ends the search otherwise.</summary>
    private EntityMention? DashRelative(int trigger)
    {
        // Token tests first, the mentions only once a dash and a relative word are found: this runs for every subject asked.
        var k = trigger - 1;
        while (k >= 2 && k >= trigger - 5 && s.Tokens[k].Shape != TokenShape.Punct && !Words.Is(s.Tokens[k], WordClass.RelativeWord)) k--;
        if (k < 2 || k < trigger - 5 || !Words.Is(s.Tokens[k], WordClass.RelativeWord) || s.Tokens[k - 1].Text is not ("—" or "–" or "-")) return null;
        for (var between = k + 1; between < trigger; between++)
            if (s.MentionAt(between) is not null) return null;
        // "the Kurdistan Workers Party (PKK) — which": past the name's own short name in brackets.
        var end = k - 1;
        if (s.Tokens[end - 1].Is(")") && s.MentionAt(end - 2) is { } restated && restated.First >= 1 && s.Tokens[restated.First - 1].Is("(")) end = restated.First - 1;
        return end > 0 && s.MentionAt(end - 1) is { IsActor: true } antecedent && antecedent.Last == end ? antecedent : null;
    }

    /// <summary>"drones … which were used by Moscow to attack the grid": the agent of a passive "used" does what they were used to do.</summary>
    private List<EntityMention>? UsedBy(int trigger)
    {
        if (trigger < 4 || !s.Tokens[trigger - 1].Is("to") || s.MentionAt(trigger - 2) is not { IsActor: true } agent || agent.Last != trigger - 1) return null;
        var by = Cursor(agent.First - 1).SkipArticlesBack().At;
        return by > 0 && s.Tokens[by].Is("by") && Words.Is(s.Tokens[by - 1], WordClass.UseParticiple) ? Group(agent) : null;
    }

    private bool UsedTo(int trigger)
    {
        var to = trigger - 1;
        // "used to attack the grid and kill civilians": back over the first verb's words to its "to", within the clause.
        for (var k = trigger - 1; k > trigger - 8 && k > 0 && !s.Tokens[to].Is("to"); k--)
        {
            if (s.Tokens[k].Shape == TokenShape.Punct || s.MentionAt(k) is { IsActor: true }) return false;
            if (s.Tokens[k].Is("to")) to = k;
        }
        if (to < 3 || !s.Tokens[to].Is("to") || !Words.Is(s.Tokens[to - 1], WordClass.UseParticiple)) return false;
        var k2 = to - 2;
        while (k2 > 0 && (Words.Is(s.Tokens[k2], WordClass.PassiveAuxiliary) || Words.Is(s.Tokens[k2], WordClass.AuxiliaryBeforeParticiple) || Words.Is(s.Tokens[k2], WordClass.ClauseAdverb)
            || Words.Is(s.Tokens[k2], WordClass.PossibilityModal)))
            k2--;
        if (k2 < to - 2 && Words.Is(s.Tokens[k2], WordClass.MaterielRelativeWord))
        {
            k2--;
            if (k2 > 0 && s.Tokens[k2].Is(",")) k2--;
        }
        // "drones to Russia, which have been used": the weapons before the recipient's "to" are what was used.
        if (k2 > 1 && s.MentionAt(k2) is { IsActor: true } recipient && recipient.First > 1 && Words.Is(s.Tokens[recipient.First - 1], WordClass.RecipientOrOriginPreposition))
            k2 = recipient.First - 2;
        return k2 >= 0 && s.MentionAt(k2) is { IsMateriel: true };
    }

    /// <summary>"Helsinki against joining", "the firm from selling": an actor right before "against" or "from" and the trigger's gerund.</summary>
    private bool KeptFrom(EntityMention m, int trigger) =>
        m.Last + 1 == trigger && Words.Is(s.Tokens[m.Last], WordClass.DissuasionPreposition) && s.Tokens[trigger].Lower.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// "the pact between Iran and Russia and has sent drones", "talks between Serbia and Kosovo and sent troops": the second
    /// of two actors joined by "and" shares the preposition before the first, so it is no more a subject than the first.
    /// Only a pair with nothing but the conjunction between (a list after a comma may open the clause: "In Syria, Russia
    /// and Iran …").
    /// </summary>
    private bool GovernedConjunct(EntityMention m)
    {
        var first = FirstOfGroup(m);
        if (first == m || PrepositionBefore(first) is null) return false;
        for (var k = first.Last; k < m.First; k++)
            if (!Words.Is(s.Tokens[k], WordClass.Coordinator)) return false;
        return true;
    }

    /// <summary>"with Russia directly arming", "no sign of Egypt supplying", "after Chad struck", "the presidents of Kenya
    /// and Uganda met": a governed actor right before its verb (after "of", its gerund, or any verb when "of" follows those
    /// who act for states; after a word that also opens a clause, its finite verb) is still its subject.</summary>
    private bool JustBefore(EntityMention m, int trigger)
    {
        var k = Cursor(m.Last).SkipAdverbs(WordClass.ClauseAdverb, limit: trigger).At;
        if (k != trigger) return false;
        if (ActingFor(m)) return true;
        var gerund = s.Tokens[trigger].Lower.EndsWith("ing", StringComparison.Ordinal);
        return s.PrepositionIsWith(m) || PrepositionBefore(m) is { } p && (p == "of" ? gerund : !gerund && !m.Possessive && Words.Is(p, WordClass.Subordinator));
    }

    /// <summary>The first member of the actor list <paramref name="m"/> belongs to (itself when it stands alone).</summary>
    private EntityMention FirstOfGroup(EntityMention m)
    {
        var first = m;
        foreach (var x in Group(m))
            if (x.First < first.First) first = x;
        return first;
    }

    /// <summary>The actor, or the list it ends, follows "of" after a noun of those who act for states ("the foreign
    /// ministers of Chile and Peru"), or "loyal to" or "from" after armed people ("forces loyal to Haftar", "troops from Rwanda"),
    /// or "from" after those sent to teach or advise ("instructors from Turkey").</summary>
    private bool ActingFor(EntityMention m)
    {
        var first = FirstOfGroup(m);
        var k = HeadWordBefore(first) - 1;
        return PrepositionBefore(first) switch
        {
            "of" => k >= 0 && Words.Is(s.Tokens[k], WordClass.ActingForStatesNoun),
            "to" => k >= 1 && s.Tokens[k].Is("loyal") && Words.Is(s.Tokens[k - 1], WordClass.ArmedPeopleNoun),
            "from" => k >= 0 && (Words.Is(s.Tokens[k], WordClass.ArmedPeopleNoun) || Words.Is(s.Tokens[k], WordClass.TrainerNoun) || Words.Is(s.Tokens[k], WordClass.AdviserNoun)),
            _ => false,
        };
    }

    public List<EntityMention>? ObjectAfter(int from, bool places = false, bool skipFromBy = true)
    {
        // "Hamas, which Iran has funded for years, …": inside a clause with its own subject, the object is the antecedent; so
        // it is where the verb is the clause's last word ("Hamas, which Iran funds, …": the search starts at the comma).
        if ((Relatives.Around(from) ?? (from > 0 ? Relatives.Around(from - 1) : null)) is { HasOwnSubject: true } rc && !MentionBetween(from, rc.End)) return Group(rc.Antecedent);
        if (UnknownNameAt(from)) return null;
        foreach (var m in s.Mentions)
        {
            if (m.First < from) continue;
            if (Blocked(from, m.First)) return null;
            if (!(m.IsActor || places && m.IsPlace && m.Role != MentionRole.Modifier)) continue;
            if (m.Form == MentionForm.Pronoun && Words.Is(s.Tokens[m.First], WordClass.PossessivePronoun)) continue;
            var preposition = PrepositionBefore(m);
            if (preposition == "according to" || Coastal(m)) continue;
            if (skipFromBy && preposition is not null && Words.Is(preposition, WordClass.NonObjectPreposition)) continue;
            if (preposition is null && StartsNewClause(from, m)) return null;
            return WithExamples(Group(m));
        }
        return null;
    }

    /// <summary>
    /// "sanctioned American defence firms including Lockheed Martin", "sold weapons to African states, such as Mali and
    /// Niger": the names that give examples of the object's group noun are objects too, and a state's adjective that only
    /// qualified the noun gives way to them (the firms are not the state). "Like" gives examples only after such a noun:
    /// "armed Hezbollah, like Russia did" compares.
    /// </summary>
    /// <param name="group">The argument's group.</param>
    /// <param name="before">Where the examples must end: a subject's before its verb.</param>
    private List<EntityMention> WithExamples(List<EntityMention> group, int before = int.MaxValue)
    {
        var (k, noun) = (group[^1].Last, 0);
        while (k < s.Tokens.Count && k < before && noun < 4 && s.MentionAt(k) is null && s.Tokens[k] is { IsWord: true, IsCapitalized: false } word
            && !Words.Is(word, WordClass.Preposition) && !Words.Is(word, WordClass.FiniteVerb) && !Words.Is(word, WordClass.Coordinator))
            (k, noun) = (k + 1, noun + 1);
        if (k < s.Tokens.Count && s.Tokens[k].Is(",")) k++;
        int start;
        if (k < s.Tokens.Count && Words.Is(s.Tokens[k], WordClass.ExampleOpener) && (noun > 0 || !s.IsWord(k, "like"))) start = k + 1;
        else if (s.IsWord(k, "such") && s.IsWord(k + 1, "as")) start = k + 2;
        else return group;
        start = Cursor(start).SkipArticles().At;
        if (s.MentionAt(start) is not { IsActor: true, Possessive: false } first || first.First != start || first.Form is MentionForm.Adjective or MentionForm.Pronoun) return group;
        var examples = Group(first);
        if (examples[^1].Last > before) return group;
        // "several Iranian entities": the demonym's mention may take its noun in.
        var qualifiedOnly = group.TrueForAll(m => m.Form == MentionForm.Adjective);
        return qualifiedOnly ? examples : [.. group, .. examples.Where(e => !group.Contains(e))];
    }

    /// <summary>
    /// "sanctioned two firms in Turkey and Egypt": an actor after "in" that follows a noun phrase naming no one (from
    /// <paramref name="from"/>) is where that phrase's people are, not the verb's object.
    /// </summary>
    public bool LocatesNamelessPhrase(int from, EntityMention m) =>
        PrepositionBefore(m) is "in" or "inside" && NamelessPhraseBefore(from, HeadWordBefore(m));

    /// <summary>Whether the tokens [from, to) are a noun phrase of plain words that names no entity: "two more firms".</summary>
    private bool NamelessPhraseBefore(int from, int to)
    {
        var plain = false;
        for (var k = from; k < to; k++)
        {
            var token = s.Tokens[k];
            if (s.MentionAt(k) is not null || token.Shape != TokenShape.Word && token.Shape != TokenShape.Number || token.IsCapitalized
                || Words.Is(token, WordClass.Preposition) || Words.Is(token, WordClass.FiniteVerb)) return false;
            plain |= token.Shape == TokenShape.Word && !Words.Is(token, WordClass.Article);
        }
        return plain;
    }

    /// <summary>"off Yemen's coast", "near the coast of Somalia": a state named for its shore or sea is a place.</summary>
    private bool Coastal(EntityMention m) =>
        m.Possessive && m.Last + 1 < s.Tokens.Count && Words.Is(s.Tokens[m.Last + 1], WordClass.CoastNoun)
        || HeadWordBefore(m) is var k and >= 1 && s.Tokens[k].Is("of") && Words.Is(s.Tokens[k - 1], WordClass.CoastNoun);

    /// <summary>The first actor group right after a preposition of the class <paramref name="preps"/>, between two token positions.</summary>
    public List<EntityMention>? AfterPreposition(int from, int to, bool places, WordClass preps) =>
        FirstArgument(from, to, places, m => PrepositionBefore(m) is { } p && Words.Is(p, preps));

    /// <summary>The first actor group right after the one preposition a rule is about ("by" of a passive), between two token positions.</summary>
    public List<EntityMention>? AfterPreposition(int from, int to, bool places, string preposition) =>
        FirstArgument(from, to, places, m => PrepositionBefore(m) == preposition);

    /// <summary>The first actor group right after a word of <paramref name="words"/> ("targeting the depots of X").</summary>
    public List<EntityMention>? AfterWordOf(int from, int to, bool places, WordClass words) =>
        FirstArgument(from, to, places, m => HeadWordBefore(m) is var k and >= 0 && Words.Is(s.Tokens[k], words));

    private List<EntityMention>? FirstArgument(int from, int to, bool places, Func<EntityMention, bool> governed)
    {
        foreach (var m in s.Mentions)
        {
            if (m.First < from || m.First >= to) continue;
            if (!(m.IsActor || places && m.IsPlace)) continue;
            // "against Iranian-backed militias": a "-backed" compound describes the noun after it, which is the argument.
            if (m.Suffix is not null && m.Role == MentionRole.Modifier) continue;
            if (governed(m)) return WithExamples(Group(m));
        }
        return null;
    }

    /// <summary>The word that governs a mention's phrase: the one before its determiners and modifiers ("to all the
    /// Iranian …" gives "to"), or -1 at the sentence's start.</summary>
    public int HeadWordBefore(EntityMention m)
    {
        var k = m.First - 1;
        while (k >= 0 && (Words.Is(s.Tokens[k], WordClass.DeterminerBeforeArgument) || s.MentionAt(k) is { } x && x != m && x.Role != MentionRole.Actor)) k--;
        return k;
    }

    /// <summary>The agent of a passive: the actor after "by", or the one whose people act for it ("trained by instructors
    /// from the IRGC", "attacked by drones from Iran": a few plain words, then "from" or "of" and the actor).</summary>
    public List<EntityMention>? PassiveAgent(int from, int to)
    {
        if (AfterPreposition(from, to, false, "by") is { } agent) return agent;
        for (var k = from; k < to; k++)
        {
            if (!s.Tokens[k].Is("by")) continue;
            var j = k + 1;
            while (j < to && j < k + 5 && s.MentionAt(j) is null && s.Tokens[j].Shape == TokenShape.Word && !s.Tokens[j].IsCapitalized
                   && !Words.Is(s.Tokens[j], WordClass.OriginPreposition)) j++;
            if (j == k + 1 || j >= to || !Words.Is(s.Tokens[j], WordClass.OriginPreposition)) return null;
            var at = Cursor(j + 1).SkipArticles(to).At;
            return s.MentionAt(at) is { IsActor: true } m ? Group(m) : null;
        }
        return null;
    }

    /// <summary>Where the arguments of a trigger end: the next trigger not joined by "and", a hard break, ", which/who/but/while".</summary>
    public int RegionEnd(TriggerMention t)
    {
        for (var k = t.Last; k < s.Tokens.Count; k++)
        {
            if (s.HardBreakAfter[k] && k > t.Last) return k;
            if (s.Tokens[k].Is(",") && OpensClause(k)) return k;
            foreach (var other in s.Triggers)
                if (other.First == k && k > t.Last && !(k - t.Last == 1 && Words.Is(s.Tokens[t.Last], WordClass.Coordinator))) return k;
        }
        return s.Tokens.Count;
    }

    private bool MentionBetween(int from, int to)
    {
        foreach (var m in s.Mentions)
            if (m.First >= from && m.First < to && m.IsActor) return true;
        return false;
    }

    private bool Blocked(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (s.HardBreakAfter[k] && k > from) return true;
            if (Relatives.Closes(k)) return true;
            if (s.Tokens[k].Is(",") && OpensClause(k)) return true;
            // "rebuilt its arsenal with the help of Iran": the helper is no object of the verb (WithHelpRule reads it).
            if (k > from && s.Tokens[k].Is("with") && k + 1 < s.Tokens.Count && Constructions.WithHelpRule.HelpOfAt(s, Words, k + 1)) return true;
            // "'… without outside help,' the Chinese researchers wrote": a quotation's words take no object past its end.
            if (k > from && SentenceAnalysis.IsQuoteMark(s.Tokens[k]) && s.InsideQuote(from)) return true;
            // "delivering arms that could be used to strike within Russian territory": what a thing is to be used on is no
            // object of the verb that gave it.
            if (k > from && Words.Is(s.Tokens[k], WordClass.UseParticiple) && s.IsWord(k + 1, "to") && Words.Is(s.Tokens[k - 1], WordClass.PassiveAuxiliary)) return true;
            // "Moscow warned that Israel would …": a that-clause is not an object.
            if (k == from && s.Tokens[k].Is("that")) return true;
            // "to shield what it describes as friendly militias": a free relative is the object, and it names no actor.
            if (k == from && Words.Is(s.Tokens[k], WordClass.FreeRelative)) return true;
            // "maintain the air defences that Moscow sold": a relative clause with its own subject ends the object phrase.
            if (k > from && Words.Is(s.Tokens[k], WordClass.ObjectRelativeWord) && s.MentionAt(s.IsWord(k + 1, "the") ? k + 2 : k + 1) is { IsActor: true }) return true;
            // "sanctioned Meroe Gold in July 2020 and described it": a second verb phrase has its own object.
            if (k > from && s.Tokens[k].Is("and") && k + 1 < to && s.Tokens[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal) && s.MentionAt(k + 1) is null) return true;
        }
        return NamelessPrepositionalObject(from, to);
    }

    private bool InTime(int k)
    {
        foreach (var t in s.Times)
            if (t.First <= k && k < t.Last) return true;
        return false;
    }

    /// <summary>
    /// "support for Palestinians in their war with Israel", "weapons for use in Ukraine": when the trigger's preposition
    /// takes a noun phrase that names no entity, a later preposition's actor belongs to that phrase, not to the trigger.
    /// An "of" phrase is the noun's own ("to the army of Sudan") and does not end it.
    /// </summary>
    private bool NamelessPrepositionalObject(int from, int to)
    {
        // "of" and "to" ("threatened to intervene in Niger") open no such phrase.
        if (from >= to || s.Tokens[from].Is("of") || s.Tokens[from].Is("to") || !Words.Is(s.Tokens[from], WordClass.Preposition)) return false;
        var words = 0;
        for (var k = from + 1; k < to; k++)
        {
            // A time ("an attack on Wednesday against …") is no noun phrase of the trigger's.
            if (s.MentionAt(k) is not null || InTime(k)) return false;
            var token = s.Tokens[k];
            if (words > 0 && !token.Is("of") && Words.Is(token, WordClass.Preposition)) return true;
            if (token.Shape != TokenShape.Word || Words.Is(token, WordClass.FiniteVerb) || Words.Is(token, WordClass.Coordinator)) return false;
            words++;
        }
        return false;
    }

    /// <summary>"sanctioned Meroe Gold": a capitalized name the knowledge base does not know is the object, so there is none to report.</summary>
    private bool UnknownNameAt(int k)
    {
        var determiner = Cursor(k).Is(WordClass.Article);
        if (determiner) k++;
        if (k < s.Tokens.Count && s.Tokens[k].IsCapitalized && s.MentionAt(k) is null) return true;
        return determiner && UnknownPhraseAt(k);
    }

    /// <summary>"visited the site, and …", "attacked the capital in April": a noun phrase that ends before any entity is
    /// the object; an entity further on belongs to another phrase. "the capital of Ukraine" reads on through "of".</summary>
    private bool UnknownPhraseAt(int k)
    {
        for (var steps = 0; k < s.Tokens.Count && steps < 6; k++, steps++)
        {
            if (s.MentionAt(k) is not null) return false;
            if (Words.Is(s.Tokens[k], WordClass.PhraseEnd)) return steps > 0;
        }
        return false;
    }

    /// <summary>Words after a comma that open a clause of their own: ", which …", ", arguing that …", ", and there is …".</summary>
    private bool OpensClause(int comma)
    {
        if (comma + 1 >= s.Tokens.Count) return false;
        if (Words.Is(s.Tokens[comma + 1], WordClass.ClauseOpener)) return true;
        var next = s.Tokens[comma + 1].Lower;
        if (next.Length > 5 && next.EndsWith("ing", StringComparison.Ordinal) && next != "including") return true;
        return next == "and" && ClauseAfterAnd(comma + 2);
    }

    /// <summary>", and" ends a list ("drones, missiles, and shells") unless a subject or an adverbial follows it.</summary>
    private bool ClauseAfterAnd(int k)
    {
        if (k >= s.Tokens.Count) return false;
        if (Words.Is(s.Tokens[k], WordClass.ClauseStartAfterAnd)) return true;
        if (s.Tokens[k].Is("the")) k++;
        if (s.MentionAt(k) is { IsActor: true }) return true;
        // ", and components were shipped …": a verb within a few words makes a clause.
        for (var j = k; j < Math.Min(s.Tokens.Count, k + 4); j++)
            if (Words.Is(s.Tokens[j], WordClass.FiniteVerb)) return true;
        return false;
    }

    /// <summary>"attacked the capital in April 2019, several hundred Russian contractors were deployed": an actor past a
    /// comma and followed by a verb is the subject of the next clause, not the object of this one.</summary>
    private bool StartsNewClause(int from, EntityMention m)
    {
        if (!s.CommaBetween(from, m.First)) return false;
        var after = Cursor(m.Last).SkipAdverbs(WordClass.LyAdverb).At;
        return after < s.Tokens.Count && (Words.Is(s.Tokens[after], WordClass.FiniteVerb) || s.Triggers.Any(t => t.First == after));
    }

    public bool HardBreakBetween(int from, int to)
    {
        for (var k = Math.Max(0, from); k < to && k < s.HardBreakAfter.Length; k++)
            if (s.HardBreakAfter[k]) return true;
        return false;
    }

    /// <summary>Both mentions belong to one list of coordinated actors with distinct names ("A, B and C"; not the two halves of "Russo-Iranian").</summary>
    public bool InOneList(EntityMention a, EntityMention b)
    {
        if (a.First == b.First || !a.IsActor || !b.IsActor) return false;
        var group = GroupIndex.Of(a);
        return group.Count > 1 && group.Contains(b);
    }

    /// <summary>
    /// A place with the places listed after it ("in Mali, Libya and the Central African Republic" from Mali): what a
    /// preposition before the first of a list says of each.
    /// </summary>
    public IEnumerable<EntityMention> PlacesFrom(EntityMention first)
    {
        foreach (var x in GroupIndex.Of(first))
            if (x == first || x.IsPlace && x.First > first.First && x.Role != MentionRole.Modifier) yield return x;
    }

    public List<EntityMention> Group(EntityMention m)
    {
        var g = new List<EntityMention>();
        foreach (var x in GroupIndex.Of(m))
            if (x.IsActor) g.Add(x);
        return g.Count > 0 ? g : [m];
    }

    /// <summary>
    /// Mentions compared by identity, hashed by their token span: the default hash of an object is assigned on first use
    /// at a noticeable cost, and spans no longer change once relations are read.
    /// </summary>
    private sealed class SpanIdentity : IEqualityComparer<EntityMention>
    {
        public static readonly SpanIdentity Instance = new();

        public bool Equals(EntityMention? x, EntityMention? y) => ReferenceEquals(x, y);

        public int GetHashCode(EntityMention m) => HashCode.Combine(m.First, m.Last);
    }

    /// <summary>The distinct entities of a group, in order; a list rather than DistinctBy, which builds a hash set for two or three items.</summary>
    public static IEnumerable<Entity> Entities(IEnumerable<EntityMention>? group)
    {
        if (group is null) return [];
        var entities = new List<Entity>();
        // A list is walked as a list (no boxed enumerator), and the test is a loop (no closure per mention).
        if (group is List<EntityMention> list)
        {
            foreach (var m in list)
                if (!HasId(entities, m.Entity.Id)) entities.Add(m.Entity);
        }
        else
            foreach (var m in group)
                if (!HasId(entities, m.Entity.Id)) entities.Add(m.Entity);
        return entities;
    }

    /// <summary>True when an entity with this id is in the list.</summary>
    internal static bool HasId(List<Entity> entities, string id)
    {
        foreach (var e in entities)
            if (e.Id == id) return true;
        return false;
    }

    /// <summary>As above for any sequence.</summary>
    internal static bool HasId(IEnumerable<Entity> entities, string id)
    {
        foreach (var e in entities)
            if (e.Id == id) return true;
        return false;
    }
}

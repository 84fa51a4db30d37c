using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Tokens;
using Entente.Knowledge;

namespace Entente.Extraction.Relations;

/// <summary>What a frame needs while it reads one trigger: the sentence's arguments, themes, materiel, places, and the output.</summary>
public sealed class FrameContext(SentenceArguments args, TriggerLexicon lexicon, KnowledgeBase kb, List<ClaimDraft> output, StoryMemory? story = null)
{
    /// <summary>What the document has said so far that a later sentence may leave unsaid (one per document).</summary>
    public StoryMemory Story { get; } = story ?? new StoryMemory();

    public SentenceArguments Args { get; } = args;
    public SentenceAnalysis S => Args.Sentence;
    public KnowledgeBase Kb { get; } = kb;

    /// <summary>The document's drafts so far: this sentence's and every earlier one's.</summary>
    public IReadOnlyList<ClaimDraft> Drafts => output;
    public WordClasses Words => Args.Words;

    /// <summary>A cursor over the sentence's tokens at <paramref name="at"/>.</summary>
    public TokenCursor Cursor(int at) => Args.Cursor(at);

    /// <summary>
    /// "a designated terrorist organisation", "the sanctioned entities", "other sanctioned bodies": a participle between a
    /// determiner and the noun it describes is an adjective; it names no one who acted, and the noun was not acted on here.
    /// </summary>
    public bool IsAttributive(TriggerMention t)
    {
        if (t.First == 0 || t.Last >= S.Tokens.Count || !S.Tokens[t.Last - 1].Lower.EndsWith("ed", StringComparison.Ordinal)) return false;
        var before = S.Tokens[t.First - 1];
        var after = S.Tokens[t.Last];
        return (Words.Is(before, WordClass.DeterminerBeforeArgument) || before.Shape == TokenShape.Number)
            && after.IsWord && !after.IsCapitalized && !Words.Is(after, WordClass.Preposition) && S.MentionAt(t.Last) is null;
    }

    public bool IsPassive(TriggerMention t)
    {
        var w = S.Tokens[t.First].Lower;
        if (!(w.EndsWith("ed", StringComparison.Ordinal) || Words.Is(w, WordClass.IrregularParticiple))) return false;
        // "the envoy was headed to Beijing", "ships were bound for Syria": a participle of travel after "was" says where the
        // subject goes; nobody headed or bound it.
        if (Words.Is(S.Tokens[t.First], WordClass.TravelParticiple)) return false;
        // "Burkina Faso, backed by Russia, …", "the Houthis, armed and trained by Iran, …": a participle before the "by"
        // of a reduced relative clause is passive without "was".
        if (Args.Relatives.Around(t.First) is { By: >= 0 } reduced && t.First < reduced.By) return true;
        // "the government, supported by Riyadh, …": a participle right after a comma and followed by its agent is such a
        // clause even when what it describes is no name ("responded by sending" is a verb of its own).
        // So is one after an adverb there ("Cuba, also sanctioned by Washington, …").
        var beforeAdverbs = Cursor(t.First - 1).SkipAdverbsBack(WordClass.PassiveAdverb).At;
        if (beforeAdverbs >= 0 && S.IsWord(beforeAdverbs, ",") && S.IsWord(t.Last, "by") && t.Last + 1 < S.Tokens.Count
            && !S.Tokens[t.Last + 1].Lower.EndsWith("ing", StringComparison.Ordinal)) return true;
        // "the movement backed by Algeria", "militias armed by Iran": a participle right after a plain noun, followed by
        // its agent, is a reduced relative clause.
        if (t.First > 0 && S.IsWord(t.Last, "by") && S.Tokens[t.First - 1] is { IsWord: true, IsCapitalized: false } noun && S.MentionAt(t.First - 1) is null or { Form: MentionForm.Collective }
            && !Words.Is(noun, WordClass.FiniteVerb) && !Words.Is(noun, WordClass.PassiveAuxiliary) && !Words.Is(noun, WordClass.AuxiliaryBeforeParticiple)
            && !noun.Lower.EndsWith("ly", StringComparison.Ordinal) && !noun.Lower.EndsWith("ed", StringComparison.Ordinal)) return true;
        // "Iranian-made drones supplied to Russia": a participle right after materiel, going "to" someone, is passive.
        if (t.First > 0 && S.MentionAt(t.First - 1) is { IsMateriel: true } && S.IsWord(t.Last, "to")) return true;
        var k = beforeAdverbs;
        // "were supplied and paid through …": a participle joined to a passive one shares its "were".
        while (k >= 1 && Words.Is(S.Tokens[k], WordClass.Coordinator) && (S.Tokens[k - 1].Lower.EndsWith("ed", StringComparison.Ordinal) || Words.Is(S.Tokens[k - 1], WordClass.IrregularParticiple))) k -= 2;
        return k >= 0 && Words.Is(S.Tokens[k], WordClass.PassiveAuxiliary);
    }

    /// <summary>The relation a theme noun in the region gives ("protection", "nuclear", "capabilities"); specific themes beat "help".</summary>
    public (string Relation, int Token)? Theme(int from, int to)
    {
        (string, int)? found = null;
        for (var k = from; k < to && k < S.Tokens.Count; k++)
        {
            var mention = S.MentionAt(k);
            if (mention is { IsMateriel: true } && MaterielPhraseEnd(mention) is var end && end > mention.Last)
            {
                k = end - 1;
                continue;
            }
            if (mention is { IsMateriel: false, Form: not (MentionForm.Pronoun or MentionForm.Collective) }) continue;
            if (!lexicon.Themes.TryMatch(S.Tokens, k, out var rel, out _)) continue;
            if (rel == RelationTypes.Funding.Id && IsSum(k) && (MaterielIn(from, to).Count > 0 || ValuesGoods(k, to))) continue;
            if (rel != RelationTypes.Support.Id) return (rel, k);
            found ??= (rel, k);
        }
        return found;
    }

    /// <summary>
    /// Where the phrase a type of materiel heads ends: past an aircraft-role noun right after it, or after one plain word
    /// ("Su-35 fighters", "Yak-130 jet trainers"), which names the aircraft and not people sent with it; else the
    /// mention's own end. "Drone operators" are people: "operators" is no aircraft role.
    /// </summary>
    public int MaterielPhraseEnd(EntityMention materiel)
    {
        for (var k = materiel.Last; k < Math.Min(S.Tokens.Count, materiel.Last + 2); k++)
        {
            var w = S.Tokens[k];
            if (Words.Is(w, WordClass.AircraftRoleNoun)) return k + 1;
            if (!w.IsWord || w.IsCapitalized || S.MentionAt(k) is not null || Words.Is(w, WordClass.Preposition) || Words.Is(w, WordClass.Coordinator)) break;
        }
        return materiel.Last;
    }

    /// <summary>
    /// "Algeria's gas exports", "oil and petroleum product shipments": a theme noun right before a giving word makes that
    /// word a noun whose goods it names. Back over at most four lower-case words, "and" and commas; null when none.
    /// </summary>
    public (string Relation, int Token)? ThemeBefore(int trigger)
    {
        for (var k = trigger - 1; k >= 0 && k >= trigger - 4; k--)
        {
            var w = S.Tokens[k];
            if (S.MentionAt(k) is not null || !w.IsWord || w.IsCapitalized && k > 0) return null;
            if (lexicon.Themes.TryMatch(S.Tokens, k, out var rel, out var next) && next <= trigger && OnlyNounsBetween(next, trigger)) return (rel, k);
        }
        return null;
    }

    /// <summary>Between a theme and a noun it modifies, only more nouns of the compound ("petroleum product"): no verb, preposition or article.</summary>
    private bool OnlyNounsBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!S.Tokens[k].IsWord || Words.Is(S.Tokens[k], WordClass.Preposition) || Words.Is(S.Tokens[k], WordClass.Article) || Words.Is(S.Tokens[k], WordClass.FiniteVerb)) return false;
        return true;
    }

    /// <summary>
    /// "provided weapons, training and funding to …", "would offer training and equipment": the relations of a list of
    /// theme nouns and materiel right after a giving verb, each one once, in order (adjectives between are skipped; the
    /// list ends at an actor, a preposition or anything else), and where the list ends. No relations unless the list
    /// names at least two.
    /// </summary>
    public (List<string> Relations, int End) ListedThemes(int from, int end)
    {
        var found = new List<string>();
        var k = from;
        var limit = Math.Min(Math.Max(end, from + 16), S.Tokens.Count);
        while (k < limit)
        {
            if (S.MentionAt(k) is { } m)
            {
                // "received Qatari support and training", "Russian military support": a state's adjective (with the agent
                // noun "military" that makes it an actor) only qualifies the thing given.
                if (m is { Form: MentionForm.Adjective, Suffix: null } && (m.Role == MentionRole.Modifier || lexicon.Themes.TryMatch(S.Tokens, m.Last, out _, out _)))
                {
                    k = m.Last;
                    continue;
                }
                if (!m.IsMateriel) break;
                if (!found.Contains(RelationTypes.ArmsTransfer.Id)) found.Add(RelationTypes.ArmsTransfer.Id);
                k = MaterielPhraseEnd(m);
                // "Su-35 fighters": a noun right after materiel is its head, not another thing given.
                if (k == m.Last && k < limit && lexicon.Themes.TryMatch(S.Tokens, k, out _, out var head)) k = head;
                continue;
            }
            if (lexicon.Themes.TryMatch(S.Tokens, k, out var rel, out var next))
            {
                if (rel != RelationTypes.Support.Id && !found.Contains(rel)) found.Add(rel);
                k = next;
                continue;
            }
            var w = S.Tokens[k];
            if (w.Is(",") || Words.Is(w, WordClass.Coordinator) || w.IsWord && !w.IsCapitalized && !Words.Is(w, WordClass.Preposition) && !Words.Is(w, WordClass.ThemeEnd) && !Words.Is(w, WordClass.FiniteVerb))
            {
                k++;
                continue;
            }
            break;
        }
        return (found.Count >= 2 ? found : [], k);
    }

    /// <summary>The relation of a theme noun starting right at <paramref name="k"/>, inside a mention or not ("Russian soldiers").</summary>
    public string? ThemeAt(int k) => k < S.Tokens.Count && lexicon.Themes.TryMatch(S.Tokens, k, out var rel, out _) ? rel : null;

    /// <summary>The comma an apposition's noun at <paramref name="word"/> follows, past its article and at most three lower-case
    /// words ("X, an affiliate of", "X, chief of staff of", "X, a new force operating under"), or null.</summary>
    public int? AppositionComma(int word)
    {
        var k = word - 1;
        for (var n = 0; n < 4 && k > 0; n++, k--)
        {
            var token = S.Tokens[k];
            if (token.Is(",")) return k;
            if (token.Shape != TokenShape.Word || token.IsCapitalized || S.MentionAt(k) is not null || Words.Is(token, WordClass.Preposition)) return null;
        }
        return k > 0 && S.Tokens[k].Is(",") ? k : null;
    }

    /// <summary>"US aircraft struck the group's Somali branch, an affiliate of …": an apposition describes the noun phrase right
    /// before its comma; when no actor ends there, the sentence names no holder (not its subject).</summary>
    public List<EntityMention>? HolderBeforeComma(int comma)
    {
        // "Asaib Ahl al-Haq (AAH), one of the largest militias in …": a name's parenthesis is part of it.
        if (comma > 0 && S.Tokens[comma - 1].Text == ")")
            for (var k = comma - 2; k > 0 && k >= comma - 10; k--)
                if (S.Tokens[k].Text == "(")
                {
                    comma = k;
                    break;
                }
        foreach (var m in S.Mentions)
            if (m.Last == comma && m.Entity.Kind.IsActorKind() && m.Form is not (MentionForm.Adjective or MentionForm.Pronoun)) return Args.Group(m);
        return null;
    }

    /// <summary>A noun of personnel a state sends ("troops", "soldiers", "advisers") starts at <paramref name="k"/>.</summary>
    public bool PersonnelAt(int k) => ThemeAt(k) == RelationTypes.PersonnelDeployment.Id;

    /// <summary>"$2 billion of goods", "$500 million of wheat": the sum at <paramref name="k"/> values a thing of another
    /// theme named after its "of" within a few words.</summary>
    private bool ValuesGoods(int k, int to)
    {
        for (var j = k + 1; j < Math.Min(to, k + 5); j++)
        {
            if (!S.Tokens[j].Is("of")) continue;
            for (var g = j + 1; g < Math.Min(to, j + 4); g++)
                if (lexicon.Themes.TryMatch(S.Tokens, g, out var rel, out _)) return rel != RelationTypes.Funding.Id && rel != RelationTypes.Support.Id;
            return false;
        }
        return false;
    }

    /// <summary>"$2 billion", "500 million dollars": a money word next to a number is a sum, which may value materiel
    /// ("$2 billion of arms") rather than be the thing given.</summary>
    private bool IsSum(int k) =>
        k + 1 < S.Tokens.Count && S.Tokens[k + 1].Shape == Tokens.TokenShape.Number
        || k > 0 && (S.Tokens[k - 1].Shape == Tokens.TokenShape.Number || Words.Is(S.Tokens[k - 1], WordClass.NumberWord));

    /// <summary>A theme belongs to the object phrase: at most six tokens on, before "to", "according", a comma or "since". A
    /// possessive name in it is its owner and is not counted ("a large part of Germany's winter gas").</summary>
    public int ThemeWindowEnd(int from, int end)
    {
        var k = from;
        var limit = from + 6;
        while (k < end && k < limit && !Words.Is(S.Tokens[k], WordClass.ThemeEnd))
        {
            if (S.MentionAt(k) is { Possessive: true, IsActor: true } owner && owner.First == k) limit += owner.Last + 1 - owner.First;
            k++;
        }
        return k;
    }

    public List<EntityMention> MaterielIn(int from, int to)
    {
        var found = new List<EntityMention>();
        foreach (var m in S.Mentions)
            if (m.IsMateriel && m.First >= from && m.First < to) found.Add(m);
        return found;
    }

    /// <summary>"the air defences that Moscow sold": materiel right before "that" or "which" and the clause's subject.</summary>
    public List<EntityMention> MaterielAntecedent(int subjectFirst) =>
        subjectFirst >= 2 && Words.Is(S.Tokens[subjectFirst - 1], WordClass.MaterielRelativeWord) && S.MentionAt(subjectFirst - 2) is { IsMateriel: true } m ? [m] : [];

    public List<EntityMention> MaterielBefore(int before) =>
        S.Mentions.Where(m => m.IsMateriel && m.Last <= before).TakeLast(1).ToList();

    /// <summary>Where the materiel comes from: the demonym before it, or the knowledge base's country for it.</summary>
    public Entity? OriginOf(IEnumerable<EntityMention> materiel)
    {
        foreach (var m in materiel)
        {
            if (m.Origin is not null) return m.Origin;
            if (m.Entity.Country is { } c && Kb.Get(c) is { } state) return state;
        }
        return null;
    }

    /// <summary>An actor that modifies the noun at <paramref name="token"/>: "IRGC weapons shipments", "Israeli complaints", "other IRGC capabilities".</summary>
    /// <remarks>With <paramref name="verbEnds"/>, a verb on the way ends the search ("Japan and Australia announced
    /// sanctions": the actors are the clause's subject, whose whole list the caller takes), but not an adjective in
    /// "-ed" after a determiner ("the planned purchase").</remarks>
    public EntityMention? ModifierBefore(int token, bool verbEnds = false)
    {
        var k = token - 1;
        var steps = 0;
        while (k >= 0 && steps < 4)
        {
            // "Azerbaijan's September assault on", "Chad's 2019 raid against": a date between the owner and the noun.
            if (S.Times.FirstOrDefault(x => x.First <= k && k < x.Last) is { } time)
            {
                k = time.First - 1;
                steps++;
                continue;
            }
            var m = S.MentionAt(k);
            if (m is not null && m.Entity.Kind.IsActor() && !m.IsMateriel && m.Form is not (MentionForm.Pronoun or MentionForm.Collective) || m is { Form: MentionForm.Pronoun, Possessive: true }) return m;
            if (m is null && S.Tokens[k].IsCapitalized || S.Tokens[k].Shape == Tokens.TokenShape.Punct || Words.Is(S.Tokens[k], WordClass.ModifierSearchEnd)) return null;
            if (verbEnds && m is null && (IsVerbBetween(S.Tokens[k]) || VerbTriggerAt(k)) && !(k > 0 && Words.Is(S.Tokens[k - 1], WordClass.DeterminerBeforeModifiedNoun))) return null;
            k = m is not null ? m.First - 1 : k - 1;
            steps++;
        }
        return null;
    }

    /// <summary>A verb trigger ("Greece condemns the transfer of …", "supplies"): a present tense in "-s" is no past
    /// participle, yet the actor before it is the verb's subject, not a modifier of the noun after it.</summary>
    private bool VerbTriggerAt(int k)
    {
        foreach (var t in S.Triggers)
            if (t.First <= k && k < t.Last && t.Entry.IsVerb) return true;
        return false;
    }

    /// <summary>A past-tense or finite verb ("imposed", "has", "said"): adjectives in "-ed" rarely stand between an actor and a relation noun.</summary>
    private bool IsVerbBetween(in Tokens.Token t) =>
        Words.Is(t, WordClass.FiniteVerb) || t.Lower.Length > 4 && t.Lower.EndsWith("ed", StringComparison.Ordinal) && t.Shape == TokenShape.Word;

    /// <summary>Targets and recipients as actors: a place (a city, a base) stands for the state it is in; one with no state is dropped.</summary>
    public List<Entity> StatesForPlaces(IEnumerable<Entity> entities) =>
        entities.Select(e => e.Kind == EntityKind.Place && e.Country is { } country ? Kb.Get(country) ?? e : e)
            .Where(e => e.Kind != EntityKind.Place).DistinctBy(e => e.Id).ToList();

    /// <summary>
    /// "Russian jets struck Idlib", "the minister visited Latakia": a city or a base attacked or visited stands for its
    /// state (<see cref="StatesForPlaces"/>), and is where it happened, unless the claim has a place already.
    /// </summary>
    public List<Entity> PlacesAsStates(List<Entity> objects, ref Entity? place)
    {
        if (!objects.Any(e => e.Kind == EntityKind.Place)) return objects;
        place ??= objects.First(e => e.Kind == EntityKind.Place);
        return StatesForPlaces(objects);
    }

    public EntityMention? PlaceIn(int from, int to, IEnumerable<Entity> exclude)
    {
        foreach (var m in S.Mentions)
        {
            if (m.First < from || m.First >= to || !m.IsPlace || m.Role == MentionRole.Modifier || SentenceArguments.HasId(exclude, m.Entity.Id)) continue;
            if (Args.PrepositionBefore(m) is { } p && Words.Is(p, WordClass.PlacePreposition)) return m;
        }
        return null;
    }

    public Quantity? QuantityIn(int from, int to) => Quantities.Find(S, from, to);

    /// <summary>A verb of cutting ties within four words before the noun or verb at <paramref name="first"/>, past its owner and
    /// modifiers but no preposition, name or other verb ("severed close ties", "broke off all its contacts", "halted arms
    /// deliveries", "stopped supplying").</summary>
    public bool CutBefore(int first) => CutVerbBefore(first) >= 0;

    /// <summary>Where the verb of <see cref="CutBefore"/> stands, or -1.</summary>
    private int CutVerbBefore(int first)
    {
        var k = first - 1;
        for (var n = 0; n < 4 && k >= 0; n++, k--)
        {
            var token = S.Tokens[k];
            if (Words.Is(token, WordClass.TieCuttingVerb)) return k;
            if (token.Shape != Tokens.TokenShape.Word || token.IsCapitalized && S.MentionAt(k) is null || Words.Is(token, WordClass.Preposition)
                || Words.Is(token, WordClass.FiniteVerb)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// Cooperation a verb of cutting ties has ended: "halted gas deliveries to", "stopped supplying". Not one that someone is
    /// asked or pledges to end ("called on Minsk to end its support for", "to immediately cease supporting", "in return for
    /// Pretoria ending its support"): that support goes on, and the claim stands.
    /// </summary>
    private bool CutOff(int first)
    {
        var verb = CutVerbBefore(first);
        if (verb < 0) return false;
        var k = verb - 1;
        while (k >= 0 && S.Tokens[k].Lower.EndsWith("ly", StringComparison.Ordinal)) k--;
        if (k >= 0 && S.Tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal) is false && S.MentionAt(k) is { IsActor: true } doer) k = doer.First - 1;
        // "demanded that Russia stop supplying Iran": a bare verb after "that" is what is demanded, not done.
        return !(k >= 0 && (Words.Is(S.Tokens[k], WordClass.Preposition) || S.Tokens[k].Is("that")));
    }

    /// <summary>Adds a draft for each subject and object of <paramref name="claims"/> that are not the same entity.</summary>
    public void Emit(FrameClaims claims)
    {
        var type = RelationTypes.Find(claims.Relation);
        // "Russia halted gas deliveries to Bulgaria", "stopped supplying arms to Armenia": cooperation cut off reduces relations
        // (reduce-relations itself is hostile, so never cooperation to cut).
        if (type is { Cooperative: true, Sphere: not Sphere.Structural } && claims.Trigger.Entry.Frame != "symmetric-noun" && CutOff(claims.Trigger.First))
            (claims, type) = (claims with { Relation = RelationTypes.ReduceRelations.Id }, RelationTypes.ReduceRelations);
        var t = claims.Trigger;
        var (first, last) = (t.First, t.Last);
        foreach (var m in claims.Arguments) (first, last) = (Math.Min(first, m.First), Math.Max(last, m.Last));
        foreach (var m in claims.Materiel) last = Math.Max(last, m.Last);
        var objs = claims.Objects.Where(o => type?.AcceptsObject(o.Kind) != false).ToList();
        // The materiel is the same for every draft: read once, and each draft given a copy of its own.
        List<Entity>? materiel = null;
        foreach (var subj in claims.Subjects)
            foreach (var obj in objs)
            {
                if (subj.Id == obj.Id) continue;
                materiel ??= claims.Materiel.Select(m => m.Entity).DistinctBy(e => e.Id).ToList();
                output.Add(new ClaimDraft
                {
                    Sentence = S,
                    Subject = subj,
                    Relation = claims.Relation,
                    Object = obj,
                    Rule = claims.Rule,
                    TriggerFirst = t.First,
                    TriggerLast = t.Last,
                    SpanFirst = first,
                    SpanLast = last,
                    Materiel = [.. materiel],
                    Place = claims.Place,
                    Phase = claims.Phase,
                    Confidence = claims.Confidence,
                    Quantity = QuantityIn(t.Last, last + 1),
                    Presupposed = claims.Presupposed,
                    PersonalSubject = claims.PersonalSubjects,
                });
            }
    }
}

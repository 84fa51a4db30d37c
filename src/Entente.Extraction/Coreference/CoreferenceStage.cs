using Entente.Core.Entities;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Coreference;

/// <summary>
/// Light coreference: pronouns, "the two allies" / "both countries", "the former" / "the latter",
/// "the junta" / "the regime", and "we" (inside a quote its speaker, outside every quote the statement's issuers), each
/// resolved to the most recent compatible actor(s) and added as mentions of those actors; "the cargo" as the materiel of
/// the sentence before.
/// </summary>
public sealed class CoreferenceStage : IExtractionStage
{
    private readonly PhraseTable<CollectiveReference> _collectives;
    private readonly WordSet _groupHeads;
    private readonly WordClasses _words;

    /// <summary>Resolves the collective phrases of the embedded lexicons/collective-references.tsv.</summary>
    public CoreferenceStage(WordClasses words) : this(words, CollectiveReferences.Load())
    {
    }

    public CoreferenceStage(WordClasses words, PhraseTable<CollectiveReference> collectives)
    {
        _words = words;
        _collectives = collectives;
        _groupHeads = CollectiveReferences.GroupHeads(collectives);
    }

    public void Run(DocumentAnalysis analysis)
    {
        var ante = new Antecedents();
        Entity? lastRegime = null;
        Entity? lastPersonLike = null;
        var lastRegimeSentence = -10;
        Entity? previousSubject = null;
        IReadOnlyList<Entity>? issuers = null;
        var cargo = new CargoAnaphora(_words);
        foreach (var s in analysis.EachSentence())
        {
            var added = new List<EntityMention>();
            cargo.Resolve(s, added);
            var groups = ActorGroups.Find(s, _words);
            if (issuers is null && s.Index < 3) issuers = Issuers(s, groups);
            var starts = new MentionStarts(s.Mentions);
            var cursor = 0;
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                // One pass over the mentions starting here, without a list per token: each of the three updates
                // depends only on its own order, so doing them together gives what three passes gave. Tokens only
                // move forward, so the mentions starting before this one are behind the cursor for good.
                var hereEnd = -1;
                while (cursor < starts.Count && starts[cursor].First < i) cursor++;
                for (var k = cursor; k < starts.Count && starts[k].First == i; k++)
                {
                    var m = starts[k];
                    hereEnd = Math.Max(hereEnd, m.Last);
                    // An official is, for "the country" or "both countries" later, the state they speak for.
                    if (IsAntecedent(m)) ante.Add(m.Serves ?? m.Entity);
                    if (m.Form == MentionForm.Official || m.Entity.Kind is EntityKind.Person or EntityKind.Regime) lastPersonLike = m.Entity;
                    if (m.Form == MentionForm.Name && IsRegimeNamed(s, m))
                    {
                        lastRegime = m.Entity;
                        lastRegimeSentence = s.Index;
                    }
                }
                if (hereEnd >= 0)
                {
                    foreach (var group in groups)
                        if (group[0].First == i)
                        {
                            // A group of one mention is never kept as a group: skip building it.
                            if (group.Count >= 2) ante.AddGroup(group.Select(m => m.Serves ?? m.Entity).Distinct().ToList(), Locative(s, group[0].First));
                            break;
                        }
                    i = hereEnd - 1;
                    continue;
                }
                if (_collectives.TryMatch(s.Tokens, i, out var kind, out var end) && !(kind == CollectiveReference.Regime && (s.IsWord(end, "of") || NamedBy(s, end) || s.MentionAt(end - 1) is not null))
                    && !(kind is CollectiveReference.Former or CollectiveReference.Latter && Attributive(s, end)))
                {
                    var nearest = NearestActorBefore(s, i);
                    var targets = kind switch
                    {
                        CollectiveReference.Pair => ante.LastGroup is { Count: 2 } g ? g : ante.LastTwo(IsCountryLike),
                        CollectiveReference.Former => ante.LastGroup is { } g1 ? [g1[0]] : [],
                        CollectiveReference.Latter => ante.LastGroup is { } g2 ? [g2[^1]] : [],
                        CollectiveReference.Group => One(ante.Last(IsGroup, nearest is null ? null : [nearest])),
                        _ => (s.Index - lastRegimeSentence <= 2 && lastRegime is not null ? lastRegime
                            : CountryAntecedent(s, i, end, previousSubject, nearest) ?? ante.Last(IsState, nearest is null ? null : [nearest])) is { } r ? [r] : [],
                    };
                    Add(s, added, i, end, targets, MentionForm.Collective);
                    i = end - 1;
                    continue;
                }
                // "the Lebanese-based militant organization", "the Iran-backed group": a group's head noun after modifiers is the
                // last group named, as "the group" is. Only the noun becomes the mention, so that a modifier's own mention
                // ("Iran-backed") stays beside it.
                if (_groupHeads.Contains(s.Tokens[i]) && DescribedGroup(s, i))
                {
                    var nearest = NearestActorBefore(s, i);
                    Add(s, added, i, i + 1, One(ante.Last(IsGroup, nearest is null ? null : [nearest])), MentionForm.Collective);
                    continue;
                }
                // Most words are no pronoun: one probe with the token's hash skips the switch below, which hashes the word again.
                if (!_words.Is(s.Tokens[i], WordClass.CoreferencePronoun)) continue;
                var w = s.Tokens[i].Lower;
                IReadOnlyList<Entity> resolved = w switch
                {
                    "its" or "their" when CoordinatedOwner(s, _words, i) is { } owner => One(owner),
                    "it" or "its" or "itself" when !Expletive(s, i) => One(PossessiveAfterComma(s, groups, i) is { } list
                        ? SentenceSubject(s, i, list) ?? ante.Last(IsCountryLike, list)
                        : ItAntecedent(s, i, w == "its" ? null : previousSubject, ante)),
                    "they" or "their" or "them" or "themselves" when !AfterMateriel(s, i) => Unbound(s, i, Plural(s, groups, i) ?? PluralBefore(ante, previousSubject)),
                    "he" or "him" or "his" or "she" or "her" => Unbound(s, i, One(lastPersonLike)),
                    "we" or "our" or "us" when s.Tokens[i].Text != "US" => Speaker(s, i) is { } speaker ? [speaker] : Unquoted(s, i) && issuers is not null ? issuers : [],
                    _ => [],
                };
                if (resolved.Count > 0) Add(s, added, i, i + 1, resolved, MentionForm.Pronoun);
            }
            s.Mentions.AddRange(added);
            s.SortMentions();
            previousSubject = PreviousSubject.Of(s, _words);
            cargo.Remember(s);
        }
    }

    /// <summary>"100,000 rockets and missiles, many of them supplied by Iran": a plural pronoun whose nearest mention is
    /// materiel points at the materiel, not at an actor.</summary>
    private static bool AfterMateriel(SentenceAnalysis s, int i)
    {
        for (var k = s.Mentions.Count - 1; k >= 0; k--)
            if (s.Mentions[k].Last <= i) return s.Mentions[k].IsMateriel;
        return false;
    }

    /// <summary>"they" with no group in its own sentence: the last coordinated group; but after a list of places
    /// ("raids on bases in Iraq, Syria and Jordan. Their raids …"), the previous sentence's subject, since
    /// places where something happened are rarely who "they" are.</summary>
    private static IReadOnlyList<Entity> PluralBefore(Antecedents ante, Entity? previousSubject) =>
        ante.LastGroup is { } group && !ante.LastGroupIsLocative ? group
        : ante.LastGroupIsLocative && previousSubject is not null ? [previousSubject]
        : ante.LastTwo(IsCountryLike);

    /// <summary>A group right after "in", "at", "into" (and perhaps "the"): a list of places something happens in.</summary>
    private bool Locative(SentenceAnalysis s, int first)
    {
        var k = first - 1;
        if (k >= 0 && s.Tokens[k].Is("the")) k--;
        return k >= 0 && _words.Is(s.Tokens[k], WordClass.PlacePreposition);
    }

    /// <summary>"Hamas and its patron Iran", "Russia and its allies": a possessive joined by "and" to a name belongs to
    /// that name, whatever its kind (recency would look for a country).</summary>
    private static Entity? CoordinatedOwner(SentenceAnalysis s, WordClasses words, int i) =>
        i >= 2 && words.Is(s.Tokens[i - 1], WordClass.Coordinator) && s.MentionAt(i - 2) is { IsActor: true, Form: not (MentionForm.Pronoun or MentionForm.Adjective) } m && m.Last == i - 1 ? m.Entity : null;

    /// <summary>"the country" continues the previous sentence's subject when its own sentence offers no state before it;
    /// "the junta", "the regime" and "the government" do not: the state the previous sentence acts on is often the one governed.</summary>
    private Entity? CountryAntecedent(SentenceAnalysis s, int i, int end, Entity? previousSubject, Entity? nearest) =>
        s.Tokens[end - 1].Is("country") ? PreviousSubject.For(s, _words, i, previousSubject, IsState, nearest is null ? null : [nearest], onlyUngoverned: true) : null;

    /// <summary>"the regime in Damascus", "the junta in Mali": a reference that names its own place, unlike "the country in 2021".</summary>
    private static bool NamedBy(SentenceAnalysis s, int end) =>
        s.IsWord(end, "in") && (s.MentionAt(end + 1) is not null || s.IsWord(end + 1, "the") && s.MentionAt(end + 2) is not null);

    /// <summary>"it": the previous sentence's subject when the sentence offers none before it, else the most recent
    /// country-like actor; an object "it" never names its own clause's subject. A possessive "its" is left to recency
    /// (null <paramref name="previousSubject"/>): it often points ahead ("In return for its support, the DPRK …").</summary>
    private Entity? ItAntecedent(SentenceAnalysis s, int i, Entity? previousSubject, Antecedents ante)
    {
        var exclude = PronounBinding.IsObjectPosition(s, _words, i) ? PronounBinding.ClauseSubjects(s, _words, i) : null;
        if (Claimant(s, i) is { } claimant) exclude = exclude is null ? [claimant] : [.. exclude, claimant];
        return PreviousSubject.For(s, _words, i, previousSubject, IsCountryLike, exclude, onlyUngoverned: false) ?? ante.Last(IsCountryLike, exclude);
    }

    /// <summary>"Venezuela denied US allegations that it had supplied rifles": whoever makes the claim, report or
    /// accusation that a that-clause states is not the "it" of that clause; the clause is about someone else.</summary>
    private Entity? Claimant(SentenceAnalysis s, int i) =>
        i >= 3 && s.IsWord(i - 1, "that") && _words.Is(s.Tokens[i - 2], WordClass.AccusationNoun) && s.MentionAt(i - 3) is { IsMateriel: false } m
            ? m.Serves ?? m.Entity
            : null;

    private static IReadOnlyList<Entity> One(Entity? e) => e is null ? [] : [e];

    /// <summary>An object pronoun resolved to its own clause's subject is left unresolved rather than made reflexive.</summary>
    private IReadOnlyList<Entity> Unbound(SentenceAnalysis s, int i, IReadOnlyList<Entity> resolved)
    {
        if (resolved.Count == 0 || !PronounBinding.IsObjectPosition(s, _words, i)) return resolved;
        var subjects = PronounBinding.ClauseSubjects(s, _words, i);
        return resolved.All(subjects.Contains) ? [] : resolved;
    }

    private void Add(SentenceAnalysis s, List<EntityMention> into, int first, int last, IReadOnlyList<Entity> targets, MentionForm form)
    {
        foreach (var t in targets)
            into.Add(new EntityMention(first, last, t, form) { Possessive = s.IsWord(last, "'s") || _words.Is(s.Tokens[first], WordClass.PossessivePronoun) });
    }

    private static bool IsAntecedent(EntityMention m) =>
        m.Entity.Kind.IsActor() && (m.Role == MentionRole.Actor || m.Form is MentionForm.Name or MentionForm.Acronym or MentionForm.Metonym);

    private static bool IsCountryLike(Entity e) => e.Kind.IsActor() && e.Kind is not (EntityKind.Person or EntityKind.Group);

    private static bool IsGroup(Entity e) => e.Kind is EntityKind.ArmedGroup or EntityKind.PoliticalGroup;

    private static bool IsState(Entity e) => e.Kind is EntityKind.State or EntityKind.Regime;

    private bool IsRegimeNamed(SentenceAnalysis s, EntityMention m) =>
        m.Entity.Kind == EntityKind.Regime || m.RegimePhrase || RegimeNounAfter(s, m.Possessive ? m.Last + 1 : m.Last);

    /// <summary>"Myanmar's military regime", "Mali's ruling junta": the head noun, past at most two modifiers.</summary>
    private bool RegimeNounAfter(SentenceAnalysis s, int k)
    {
        for (var steps = 0; steps < 3 && k < s.Tokens.Count; steps++, k++)
        {
            if (_words.Is(s.Tokens[k], WordClass.RegimeNoun)) return true;
            if (!_words.Is(s.Tokens[k], WordClass.RegimeModifier)) return false;
        }
        return false;
    }

    /// <summary>Most words a description puts between "the" and its head noun.</summary>
    private const int MaxModifiers = 4;

    /// <summary>
    /// Whether the group noun at <paramref name="head"/> closes "the" and one to <see cref="MaxModifiers"/> modifiers:
    /// words (letters, hyphens, apostrophes) no mention covers, or an adjective's or a compound's mention of an actor that
    /// is no group ("Lebanese", "Iran-backed"). A group's own name among them ("the Houthi movement") names the group already.
    /// </summary>
    private static bool DescribedGroup(SentenceAnalysis s, int head)
    {
        for (var k = head - 1; k >= 0 && k >= head - MaxModifiers - 1; k--)
        {
            var token = s.Tokens[k];
            if (token.Lower == "the") return k < head - 1;
            if (!IsWordLike(token.Text)) return false;
            if (s.MentionAt(k) is { } m && (m.Form is not (MentionForm.Adjective or MentionForm.CompoundPart) || IsGroup(m.Entity))) return false;
        }
        return false;
    }

    private static bool IsWordLike(string text) =>
        text.Length > 0 && char.IsLetter(text[0]) && text.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019');

    /// <summary>The clause subject just before a definite reference ("Moscow helped … preserve the regime"), which the reference is not;
    /// an actor after a preposition ("in Mali, where the junta …") can be its antecedent.</summary>
    private Entity? NearestActorBefore(SentenceAnalysis s, int i)
    {
        for (var k = s.Mentions.Count - 1; k >= 0; k--)
        {
            var m = s.Mentions[k];
            if (m.Last > i || !m.IsActor) continue;
            return m.First > 0 && _words.Is(s.Tokens[m.First - 1], WordClass.GoverningPreposition) ? null : m.Entity;
        }
        return null;
    }

    /// <summary>"China and Russia, its largest suppliers": a possessive right after a list does not point into that list.</summary>
    private static IReadOnlyCollection<Entity>? PossessiveAfterComma(SentenceAnalysis s, List<List<EntityMention>> groups, int i)
    {
        if (!s.IsWord(i - 1, ",") || !s.Tokens[i].Is("its")) return null;
        var list = groups.FirstOrDefault(g => g[^1].Last == i - 1)?.Select(m => m.Entity).ToList();
        return list is { Count: > 0 } ? list : null;
    }

    /// <summary>"they"/"their" inside a sentence: the nearest coordinated group before it, else the last two actors of the sentence.</summary>
    private static IReadOnlyList<Entity>? Plural(SentenceAnalysis s, List<List<EntityMention>> groups, int i)
    {
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            if (groups[g][^1].Last > i) continue;
            var members = new List<Entity>(groups[g].Count);
            foreach (var m in groups[g])
                if (!Relations.SentenceArguments.HasId(members, m.Entity.Id)) members.Add(m.Entity);
            if (members.Count >= 2) return members;
        }
        // The last two distinct actors before the pronoun, older first; but "… allowed Russian special forces to use
        // an airbase, where they …" points at the nearest plural noun phrase.
        Entity? newer = null;
        for (var k = s.Mentions.Count - 1; k >= 0; k--)
        {
            var m = s.Mentions[k];
            if (m.Last > i || !m.IsActor || m.Form == MentionForm.Pronoun) continue;
            if (newer is null)
            {
                if (IsPluralPhrase(s, m)) return [m.Entity];
                newer = m.Entity;
            }
            else if (m.Entity.Id != newer.Id) return [m.Entity, newer];
        }
        return null;
    }

    /// <summary>"Russian special forces", "Iranian officials", "the Houthis": a mention whose last word is a plural noun.</summary>
    private static bool IsPluralPhrase(SentenceAnalysis s, EntityMention m)
    {
        // "Chinese diplomats acknowledged that they had …": a demonym before a plural noun (or officials named in the
        // plural) stands for its state.
        if (m.Form is MentionForm.Adjective or MentionForm.Official && m.Entity.Kind == EntityKind.State
            && (m.Last > m.First + 1 && Plural(s.Tokens[m.Last - 1].Lower) || m.Last < s.Tokens.Count && Plural(s.Tokens[m.Last].Lower))) return true;
        return Plural(s.Tokens[m.Last - 1].Lower) && (m.Form == MentionForm.Official
            || m.Form is MentionForm.Group or MentionForm.Adjective or MentionForm.Name && m.Entity.Kind is not (EntityKind.State or EntityKind.Person));
    }

    private static bool Plural(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);

    /// <summary>The first actor of the sentence, when it is not in the excluded list.</summary>
    private static Entity? SentenceSubject(SentenceAnalysis s, int before, IReadOnlyCollection<Entity> exclude) =>
        s.Mentions.FirstOrDefault(m => m.Last <= before && m.IsActor && m.Form is not MentionForm.Pronoun) is { } first && !exclude.Contains(first.Entity) ? first.Entity : null;

    /// <summary>"It is likely that …", "it was no surprise when …": an "it" that points at nothing.</summary>
    private bool Expletive(SentenceAnalysis s, int i)
    {
        if (!s.Tokens[i].Is("it")) return false;
        var next = i + 1 < s.Tokens.Count ? s.Tokens[i + 1].Lower : "";
        // "make it appear that …", "made it clear that …", "makes it harder to …": an object "it" that a clause after it fills.
        if (_words.Is(next, WordClass.ObjectExpletiveWord) && (i + 2 < s.Tokens.Count && _words.Is(s.Tokens[i + 2], WordClass.ExpletiveComplementOpener))) return true;
        if (!_words.Is(next, WordClass.ExpletiveVerb)) return false;
        if (_words.Is(next, WordClass.ExpletiveAuxiliary) && !(i + 2 < s.Tokens.Count && _words.Is(s.Tokens[i + 2], WordClass.ExpletiveCopula))) return false;
        for (var k = i + 2; k < Math.Min(s.Tokens.Count, i + 10); k++)
        {
            if (s.MentionAt(k) is { IsActor: true }) return false;
            if (_words.Is(s.Tokens[k], WordClass.ExpletiveClauseWord)) return true;
        }
        return false;
    }

    /// <summary>
    /// Who a statement's own "we" is: the states or organizations that one of its first three sentences (a headline, the
    /// lede) opens with as its subject ("Canada and Norway welcome the talks …. We will continue …"). A text that
    /// opens otherwise has none: an analyst's or a reporter's "we" is nobody's in the graph.
    /// </summary>
    private IReadOnlyList<Entity>? Issuers(SentenceAnalysis s, List<List<EntityMention>> groups)
    {
        if (groups.Count == 0) return null;
        var g = groups[0];
        // The sentence opens with the group ("Canada and Norway …" or "Britain …").
        if (g[0].First > 1 || g[0].First == 1 && !s.Tokens[0].Is("the")) return null;
        var next = g[^1].Last;
        // A parenthesis after the last name ("the Republic of Korea (ROK)") is part of it.
        if (next < s.Tokens.Count && s.Tokens[next].Text == "(")
            while (next < s.Tokens.Count && s.Tokens[next].Text != ")") next++;
        if (next < s.Tokens.Count && s.Tokens[next].Text == ")") next++;
        if (next >= s.Tokens.Count) return null;
        var verb = s.Tokens[next];
        // Then a verb, perhaps after an adverb: a lower-case word that is no preposition, conjunction or possessive.
        if (verb.Shape != Tokens.TokenShape.Word || verb.IsCapitalized || verb.Is("'s") || _words.Is(verb, WordClass.Preposition)
            || _words.Is(verb, WordClass.Coordinator)) return null;
        var entities = g.Select(m => m.Serves ?? m.Entity).Distinct().ToList();
        return entities.All(IsCountryLike) ? entities : null;
    }

    /// <summary>A word the text says in its own voice: outside every quotation and every attributed clause of its sentence.</summary>
    private static bool Unquoted(SentenceAnalysis s, int i)
    {
        foreach (var a in s.Attributions)
            if (a.First <= i && i < a.Last) return false;
        return !s.InsideQuote(i);
    }

    private static Entity? Speaker(SentenceAnalysis s, int i)
    {
        foreach (var a in s.Attributions)
        {
            if (!a.Quoted || a.First > i || i >= a.Last) continue;
            // "we" of an official is the state they speak for.
            foreach (var m in s.Mentions)
                if (m.Entity == a.SpeakerEntity && m.Serves is { } state) return state;
            return a.SpeakerEntity;
        }
        return null;
    }

    /// <summary>"the former commander": "former" or "latter" before a noun qualifies it and points back to no list
    /// ("Soleimani, the former commander of the Quds Force"); "the latter's ally" and "the former was" still do.</summary>
    private bool Attributive(SentenceAnalysis s, int next) =>
        next < s.Tokens.Count && s.Tokens[next].Shape == Tokens.TokenShape.Word && !s.Tokens[next].IsCapitalized && !s.Tokens[next].Is("'s")
        && !_words.Is(s.Tokens[next], WordClass.FiniteVerb) && !_words.Is(s.Tokens[next], WordClass.Preposition) && !_words.Is(s.Tokens[next], WordClass.Coordinator)
        // "the latter smuggled", "the former reportedly": a verb or an adverb after it makes it the subject.
        && !s.Tokens[next].Lower.EndsWith("ed", StringComparison.Ordinal) && !s.Tokens[next].Lower.EndsWith("ly", StringComparison.Ordinal);
}

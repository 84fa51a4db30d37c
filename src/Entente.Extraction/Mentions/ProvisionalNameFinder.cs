using Entente.Core.Entities;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;

namespace Entente.Extraction.Mentions;

/// <summary>
/// Names the knowledge base lacks become provisional entities (<see cref="Entity.NeedsReview"/>): companies ("Asia Sun
/// Trading Co. Ltd"), units and organs ("the 4th Brigade", "Unit 840"), armed groups ("the Popular Mobilization Forces"),
/// places ("Qamishli airport"), and people a title, a role or an apposition introduces ("arms dealer Viktor Bout",
/// "Jane Doe, the group's treasurer"). The kind comes from the name's head word or the words around it; the state
/// from a demonym or a seat ("the Iranian firm X", "Hong Kong-based X", "X, a Chinese company"). A ministry of a known
/// state speaks for that state. Runs of capitals without such evidence stay unnamed unless they read as a person's
/// name (no common English word in them), so headings, sentence starts, titles of works and generic capitals do not
/// become actors.
/// </summary>
public sealed class ProvisionalNameFinder(MentionLexicons lexicons, KnowledgeBase kb)
{
    private readonly NameContext _context = new(lexicons, kb);
    private readonly NameShape _shape = new(lexicons);

    public void Apply(SentenceAnalysis s, ProvisionalEntities found)
    {
        if (s.Span.IsHeading) return;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (NameRun.At(s, lexicons.Words, i, out var atI) is not { } run)
            {
                if (atI is { } m) i = Math.Max(i, m.Last - 1);
                continue;
            }
            var next = Resolve(s, TrimStart(s, run), found);
            i = Math.Max(i, next - 1);
        }
    }

    /// <summary>
    /// A sentence's first word is capitalized whatever it is: a common word there ("The", "Treasury", "Fighters of") is no
    /// part of a name, and neither is the "of" after it.
    /// </summary>
    private NameRun TrimStart(SentenceAnalysis s, NameRun run)
    {
        var first = run.First;
        var opensSentence = first == 0 || first == 1 && s.Tokens[0].Shape == Tokens.TokenShape.Punct;
        if (!opensSentence || run.Lead is not null || !_shape.IsCommon(s.Tokens[first]) || lexicons.PersonCues.Contains(s.Tokens[first])) return run;
        if (lexicons.NameHeads.Contains(s.Tokens[first]) && !s.IsWord(first + 1, "of") && first + 1 < run.End) return run;
        first++;
        if (first < run.End && lexicons.Words.Is(s.Tokens[first], WordClass.NameJoiner)) first++;
        if (first < run.End && s.Tokens[first].Is("the")) first++;
        return run with { First = Math.Min(first, run.End) };
    }

    /// <summary>Turns a run into a mention when the evidence says what it names; returns the token to go on from.</summary>
    private int Resolve(SentenceAnalysis s, NameRun run, ProvisionalEntities found)
    {
        if (run.Length <= 0) return run.End;
        if (run.ModifierSuffix is not null) return run.End;
        var split = SplitAtAnd(s, run);
        if (split.End < run.End) run = split;
        if (found.ByForm(s.TextOf(run.First, run.End)) is { } seen)
        {
            AddMention(s, run.First, run.End, seen, MentionForm.Name);
            return run.End;
        }
        var (first, end) = (run.First, run.End);
        var after = _context.After(s, run.End);
        var name = Classify(s, run, after);
        if (name is null)
        {
            // "Potepkin said": one word of a name this document already gave in full.
            for (var k = first; k < end; k++)
                if (s.MentionAt(k) is null && found.ByForm(s.Tokens[k].Text) is { } known) AddMention(s, k, k + 1, known, MentionForm.Name);
            return end;
        }
        var n = name.Value with { AppositionEnd = after.Kind is null ? null : after.End };
        if (n.SpanEnd <= n.SpanFirst) return end;
        var text = s.TextOf(n.NameFirst, n.NameEnd);
        if (n.Official is { } state)
        {
            // A ministry speaks for its state; an official is a person who acts for it (AgentResolver) but stays
            // themselves where a claim is about them ("sanctioned Defence Minister Jane Doe").
            var official = n.Kind == EntityKind.Person ? Officials.Person(found, text, state, null) : state;
            AddMention(s, n.SpanFirst, n.SpanEnd, official, MentionForm.Official);
            return n.SpanEnd;
        }
        var entity = found.Get(text, Core(s, n), n.Kind, n.Country);
        Remember(s, n, entity, found);
        AddMention(s, n.SpanFirst, n.SpanEnd, entity, MentionForm.Name);
        // ", a Chinese company,": the apposition's demonym is the entity's state, not another party.
        if (n.AppositionEnd is not { } appositionEnd) return n.SpanEnd;
        RemoveDemonyms(s, n.SpanEnd, appositionEnd);
        return appositionEnd;
    }

    /// <summary>
    /// "Korea Osong Shipping and Chonsurim Trading", "Hassan Dekko and Nouh Zeaiter" are two names; "Myanma Investment and
    /// Commercial Bank" is one: the words before "and" close a name of their own, or nothing after "and" makes them one.
    /// A capitalized "And" is always inside a name.
    /// </summary>
    private NameRun SplitAtAnd(SentenceAnalysis s, NameRun run)
    {
        for (var k = run.First + 1; k < run.End - 1; k++)
        {
            // As written: a capitalized "And" is part of a name, and a class is looked up lower-cased.
            if (!lexicons.Words.Is(s.Tokens[k], WordClass.NameSplitWord) || !string.Equals(s.Tokens[k].Text, s.Tokens[k].Lower, StringComparison.Ordinal)) continue;
            var leftCloses = lexicons.NameHeads.Contains(s.Tokens[k - 1]);
            var rightCloses = lexicons.NameHeads.Contains(s.Tokens[run.End - 1]) || TrailingHead(s, run.End) is not null;
            return leftCloses || !rightCloses ? run with { End = k } : run;
        }
        return run;
    }

    private Candidate? Classify(SentenceAnalysis s, NameRun run, NameContext.Cue after)
    {
        // "Khalifa" before a known "Haftar": a first name the knowledge base has with the rest.
        if (s.MentionAt(run.End) is { Entity.Kind: EntityKind.Person }) return null;
        if (lexicons.PlaceNames.Contains(NameKey.Of(s.TextOf(run.First, run.End))))
            return new Candidate(run.First, run.End, run.First, run.End, EntityKind.Place, null, null);
        var before = _context.Before(s, run.First);
        var country = before.Country ?? after.Country ?? LeadCountry(run);
        var spanFirst = before.SpanFirst ?? run.First;

        // A title opening the run ("General Ahmad Vahidi", "Secretary of State Jane Doe"): a person, or only a role.
        if (TitleEnd(s, run, out var stateTitle) is { } titleEnd)
            return titleEnd >= run.End ? null : Person(s, run, titleEnd, spanFirst, before with { StateTitle = before.StateTitle || stateTitle, Country = country }, after);

        var headKind = HeadKind(s, run, out var trailing);
        var end = run.End + (trailing ? 1 : 0);
        var (acronymEnd, acronym) = Acronym(s, end);
        if (headKind is { } kind)
        {
            if (kind == EntityKind.Place) return new Candidate(run.First, end, run.First, run.End, kind, country, null);
            if (IsGovernmentOffice(s, run))
                return country is { } seat && kb.Get(seat) is { Kind: EntityKind.State } state ? new Candidate(spanFirst, acronymEnd, run.First, run.End, kind, seat, state) : null;
            if (NationalMilitary(s, run) && run.Lead?.Entity is { Kind: EntityKind.State } army)
                return new Candidate(run.First, end, run.First, end, kind, army.Id, army);
            if (!_shape.Distinctive(s, run, before.Kind is not null || run.Lead is not null || country is not null)) return null;
            if (kind is EntityKind.Organization && before.Armed) kind = EntityKind.ArmedGroup;
            return new Candidate(spanFirst, acronymEnd, run.First, end, kind, country, null, acronym);
        }
        if (_shape.HasPeopleWord(s, run)) return null;
        if (before.Kind is { } described)
            return described == EntityKind.Person
                ? Person(s, run, run.First, spanFirst, before, after)
                : new Candidate(spanFirst, acronymEnd, run.First, run.End, before.Armed && described == EntityKind.Organization ? EntityKind.ArmedGroup : described, country, null, acronym);
        if (after.Kind is { } apposed)
            return apposed == EntityKind.Person
                ? Person(s, run, run.First, spanFirst, before, after)
                : new Candidate(spanFirst, acronymEnd, run.First, run.End, apposed, country, null, acronym);
        if (run.Lead is not null) return null;
        if (run.Length >= 2 && lexicons.Words.Is(s.Tokens[run.First], WordClass.PlaceNameOpener) && !_shape.HasCommonWord(s, run with { First = run.First + 1 }))
            return new Candidate(run.First, run.End, run.First, run.End, EntityKind.Place, null, null);
        if (_context.AfterPlacePreposition(s, run.First) && !_shape.HasCommonWord(s, run) && s.Tokens[run.First].Text.Length > 2 && !s.Tokens[run.First].IsAllCaps)
            return new Candidate(run.First, run.End, run.First, run.End, EntityKind.Place, null, null);
        if (_shape.LooksLikePersonName(s, run))
            return Person(s, run, run.First, run.First, before, after);
        return null;
    }

    private Candidate? Person(SentenceAnalysis s, NameRun run, int nameFirst, int spanFirst, NameContext.Cue before, NameContext.Cue after)
    {
        if (run.End - nameFirst is < 1 or > 6 || !_shape.IsPersonName(s, nameFirst, run.End)) return null;
        // An official acting for a named state stands for it ("Aziz Nasirzadeh, Iran's defence minister").
        if (before.StateTitle && before.Country is { } c1 && kb.Get(c1) is { Kind: EntityKind.State } s1)
            return new Candidate(spanFirst, run.End, nameFirst, run.End, EntityKind.Person, c1, s1);
        if (after.StateTitle && after.Country is { } c2 && kb.Get(c2) is { Kind: EntityKind.State } s2)
            return new Candidate(spanFirst, run.End, nameFirst, run.End, EntityKind.Person, c2, s2);
        return new Candidate(spanFirst, run.End, nameFirst, run.End, EntityKind.Person, before.Country ?? after.Country, null);
    }

    /// <summary>
    /// The end of the titles and roles opening the run ("General", "Deputy Commander", "Communication Minister", "Secretary of
    /// State", "Chief of Staff of the Security Forces"), or null when the run opens with none. A title's "of" phrase runs on
    /// over common words ("of State", "of the Treasury"); the name starts at the first word that is not one.
    /// </summary>
    private int? TitleEnd(SentenceAnalysis s, NameRun run, out bool stateTitle)
    {
        int? found = null;
        stateTitle = false;
        for (var k = run.First; k < run.End && k < run.First + 10; k++)
        {
            if (lexicons.Titles.TryMatch(s.Tokens, k, out _, out var end) && end <= run.End)
            {
                found = end;
                stateTitle = NameContext.IsStateTitle(s.Tokens[end - 1], lexicons.Words);
                k = end - 1;
            }
            else if (lexicons.PersonCues.Contains(s.Tokens[k])) found = k + 1;
            else if (found is { } f && f == k && lexicons.Words.Is(s.Tokens[k], WordClass.NameHeadPreposition))
            {
                var j = k + 1;
                if (s.IsWord(j, "the")) j++;
                while (j < run.End && (_shape.IsCommon(s.Tokens[j]) || lexicons.NameHeads.Contains(s.Tokens[j])) && !lexicons.PersonCues.Contains(s.Tokens[j])) j++;
                found = j;
                k = j - 1;
            }
            // "Navy Chief of Staff Admiral A", "Border Guard Commander B": a word or two naming the body the title belongs to.
            else if (found is null && k < run.First + 2 && (TitleAt(s, run, k + 1) || TitleAt(s, run, k + 2))) continue;
            else if (found is not null || lexicons.NameHeads.Contains(s.Tokens[k])) break;
        }
        if (found is null || found < run.End && lexicons.NameHeads.Contains(s.Tokens[run.End - 1]) && !lexicons.PersonCues.Contains(s.Tokens[run.End - 1])) return null;
        return found;
    }

    private bool TitleAt(SentenceAnalysis s, NameRun run, int k) =>
        k < run.End - 1 && (lexicons.Titles.TryMatch(s.Tokens, k, out _, out var end) && end < run.End || lexicons.PersonCues.Contains(s.Tokens[k]));

    /// <summary>"Mozambique Defence Armed Forces", "the Malian Army": a state's own forces, which act as the state.</summary>
    private bool NationalMilitary(SentenceAnalysis s, NameRun run) =>
        lexicons.Words.Is(s.Tokens[run.End - 1], WordClass.NationalMilitaryHead) && (s.TextOf(run.First, run.End).Contains("Armed Forces", StringComparison.Ordinal)
            || s.TextOf(run.First, run.End).Contains("Defence Forces", StringComparison.Ordinal) || s.TextOf(run.First, run.End).Contains("Defense Forces", StringComparison.Ordinal)
            || run.End - (run.Lead?.Last ?? run.First) == 1);

    /// <summary>The kind the name's head word gives: its last word ("Trading", "Brigade"), the word before "of" ("Ministry of
    /// Mines", "Department 53 of …") or a lower-case head after it ("the Maute group"); places by their place word.</summary>
    private EntityKind? HeadKind(SentenceAnalysis s, NameRun run, out bool trailing)
    {
        trailing = false;
        var lastAt = run.End - 1;
        while (lastAt > run.First && NameWords.IsNumberPart(s.Tokens[lastAt])) lastAt--;
        var last = s.Tokens[lastAt];
        if (lexicons.Words.Is(last, WordClass.PlaceHead)) return EntityKind.Place;
        if (lexicons.NameHeads.TryGetValue(last, out var kind)) return kind;
        // "Liwa Zainabiyoun", "Kataib Sayyid al-Shuhada", "Jaish al-Adl": an Arabic word for a fighting unit opens the name.
        if (lexicons.Words.Is(s.Tokens[run.First], WordClass.ArmedNameOpener)) return EntityKind.ArmedGroup;
        for (var k = run.First + 1; k < run.End; k++)
        {
            if (!s.Tokens[k].Is("of") && !s.Tokens[k].Is("for")) continue;
            // "Bank of Kunlun", "Department 53 of the Ministry …", but not "Institute of International Finance Jane Doe".
            if (run.End - k > 3 && !_shape.IsCommon(last) && !lexicons.NameHeads.Contains(last)) break;
            var h = k - 1;
            while (h > run.First && NameWords.IsNumberPart(s.Tokens[h])) h--;
            if (lexicons.NameHeads.TryGetValue(s.Tokens[h], out var opening)) return opening;
            break;
        }
        if (run.End < s.Tokens.Count && lexicons.Words.Is(s.Tokens[run.End], WordClass.PlaceHead) && !s.Tokens[run.End].IsCapitalized)
        {
            trailing = false;
            return EntityKind.Place;
        }
        if (TrailingHead(s, run.End) is { } after)
        {
            trailing = true;
            return after;
        }
        return null;
    }

    private EntityKind? TrailingHead(SentenceAnalysis s, int k) =>
        k < s.Tokens.Count && !s.Tokens[k].IsCapitalized && lexicons.Words.Is(s.Tokens[k], WordClass.TrailingNameHead) && lexicons.NameHeads.TryGetValue(s.Tokens[k], out var kind) ? kind : null;

    /// <summary>"Ministry of Mines", "the Commerce Department": a government office, which speaks for its state; "Department 53" is a unit.</summary>
    private bool IsGovernmentOffice(SentenceAnalysis s, NameRun run)
    {
        var office = false;
        for (var k = run.First; k < run.End; k++)
        {
            if (NameWords.IsNumberPart(s.Tokens[k])) return false;
            if (lexicons.Words.Is(s.Tokens[k], WordClass.GovernmentOfficeWord)) office = true;
        }
        return office;
    }

    /// <summary>"(MFTB)" after a name: its acronym, which then names it too.</summary>
    private static (int End, string? Acronym) Acronym(SentenceAnalysis s, int end) =>
        s.IsWord(end, "(") && end + 2 < s.Tokens.Count && s.Tokens[end + 1].IsAllCaps && s.IsWord(end + 2, ")") && s.MentionAt(end + 1) is null
            ? (end + 3, s.Tokens[end + 1].Text)
            : (end, null);

    private static string? LeadCountry(NameRun run) => run.Lead?.Entity is { } lead ? lead.Kind == EntityKind.State ? lead.Id : lead.Country : null;

    /// <summary>The name without legal-form words, the source of the id: "Asia Sun Trading Co. Ltd." → "Asia Sun Trading".</summary>
    private string Core(SentenceAnalysis s, Candidate n)
    {
        var end = n.NameEnd;
        while (end - 1 > n.NameFirst && (lexicons.Words.Is(s.Tokens[end - 1], WordClass.LegalForm) || s.Tokens[end - 1].Text == "." || s.Tokens[end - 1].Is("company") && n.Kind == EntityKind.Organization && end == n.NameEnd && end > n.NameFirst + 2))
            end--;
        return s.TextOf(n.NameFirst, end);
    }

    /// <summary>The shorter forms a later sentence may use: a person's surname, a company's name without its head words, an acronym.</summary>
    private void Remember(SentenceAnalysis s, Candidate n, Entity e, ProvisionalEntities found)
    {
        if (!e.NeedsReview) return;
        var last = s.Tokens[n.NameEnd - 1];
        if (n.Kind == EntityKind.Person)
        {
            if (n.NameEnd - n.NameFirst >= 2 && !lexicons.CommonWords.Contains(last) && last.Text.Length >= 3)
            {
                found.Remember(last.Text, e);
                if (NameWords.ArticlePrefixLength(last.Text) is > 0 and var p) found.Remember(last.Text[p..], e);
            }
            return;
        }
        var end = n.NameEnd;
        while (end - 1 > n.NameFirst && (lexicons.NameHeads.Contains(s.Tokens[end - 1]) || s.Tokens[end - 1].Text == ".")) end--;
        if (end < n.NameEnd && (end - n.NameFirst >= 2 || !lexicons.CommonWords.Contains(s.Tokens[n.NameFirst]) && kb.ByName(s.Tokens[n.NameFirst].Text).Count == 0))
            found.Remember(s.TextOf(n.NameFirst, end), e);
        if (n.Acronym is { } acronym) found.Remember(acronym, e);
    }

    private static void RemoveDemonyms(SentenceAnalysis s, int first, int end)
    {
        for (var k = s.Mentions.Count - 1; k >= 0; k--)
            if (s.Mentions[k] is { Form: MentionForm.Adjective or MentionForm.CompoundPart } m && m.First >= first && m.First < end) s.Mentions.RemoveAt(k);
    }

    private static void AddMention(SentenceAnalysis s, int first, int end, Entity e, MentionForm form)
    {
        CollectiveFinder.RemoveStartingIn(s.Mentions, first, end);
        s.Mentions.Add(new EntityMention(first, end, e, form) { Possessive = s.IsWord(end, "'s") });
    }

    /// <summary>What a run was found to name: the tokens of the whole mention and of the name, the kind, the state, and the state an official acts for.</summary>
    private readonly record struct Candidate(int SpanFirst, int SpanEnd, int NameFirst, int NameEnd, EntityKind Kind, string? Country, Entity? Official, string? Acronym = null)
    {
        /// <summary>The end of an apposition that said what the name is (", a Chinese company"), if one did.</summary>
        public int? AppositionEnd { get; init; }
    }
}

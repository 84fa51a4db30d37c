using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// What one actor is to another, from role nouns: "the IRGC's Lebanese front Hezbollah", "Russia's
/// expeditionary force, Wagner", "Hamas, a proxy of Iran", "the junta has long been a close ally and client
/// of China and Russia", "IRGC clients and proxies like Hamas", "CAR became a Russian colony", and
/// "Al-Qaeda's Al-Shabaab" (affiliate).
/// </summary>
public sealed class RoleNounRule(PhraseTable<string> roleNouns) : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!roleNouns.TryMatch(s.Tokens, i, out _, out var end) || s.MentionAt(i) is { IsMateriel: false }) continue;
            var roles = new List<(string Relation, int First, int Last)>();
            var k = i;
            while (roleNouns.TryMatch(s.Tokens, k, out var rel, out var e))
            {
                roles.Add((rel, k, e));
                k = e;
                if (s.IsWord(k, "and") && roleNouns.TryMatch(s.Tokens, k + 1, out _, out _)) k++;
                else break;
            }
            end = k;
            // "Iran's foreign ministry spokesman": a body's noun before a post is the post's modifier, and names no part.
            if (roles.All(r => r.Relation == RelationTypes.PartOf.Id) && end < s.Tokens.Count && c.Words.Is(s.Tokens[end], WordClass.PostAfterBody))
            {
                i = end - 1;
                continue;
            }
            Possessor(c, roles, end);
            Of(c, roles, end);
            Like(c, roles, end);
            Colony(c, roles);
            PostBeforeName(c, roles, end);
            Regarded(c, roles, end);
            MembersNamed(c, roles, end);
            Mutual(c, roles, end);
            i = end - 1;
        }
        Affiliates(c);
    }

    private static void Emit(FrameContext c, List<(string Relation, int First, int Last)> roles, IEnumerable<EntityMention> holders, IEnumerable<EntityMention> patrons, string rule, bool? presupposed = null)
    {
        // "Kenya's president, William Ruto": a firm's post held for a state names an official, whom the titles read as acting
        // for it; a state has no chairman or president among its parts.
        if (roles.Exists(r => c.Words.Is(c.S.Tokens[r.Last - 1], WordClass.OrganizationPost)))
        {
            patrons = patrons.Where(p => p.Entity.Kind != Core.Entities.EntityKind.State).ToList();
            // "Its president, Hosni Mubarak" of a movement: a state's official named for it is the state, and no post holder.
            holders = holders.Where(h => h.Entity.Kind != Core.Entities.EntityKind.State).ToList();
            if (!patrons.Any() || !holders.Any()) return;
        }
        var taken = presupposed ?? (rule != "structure.role-of" && rule != "structure.adjective-role");
        var t = new TriggerMention(roles[0].First, roles[^1].Last, new TriggerEntry("role", roles[0].Relation, "role"));
        foreach (var (rel, _, _) in roles.DistinctBy(r => r.Relation))
            c.Emit(new FrameClaims(t, rel, rule, 65) { Subjects = SentenceArguments.Entities(holders), Objects = SentenceArguments.Entities(patrons), Arguments = holders.Concat(patrons), Presupposed = taken });
    }

    /// <summary>The last possessive actor ending within six tokens before the role noun ("its" ends right at it; "Iran's"
    /// one token before, at its "'s") (loops here and below: lambdas
    /// capturing the owner cost a closure on every role noun).</summary>
    private static EntityMention? LastPossessorBefore(SentenceAnalysis s, int role)
    {
        EntityMention? found = null;
        foreach (var m in s.Mentions)
            if (m.Possessive && m.Entity.Kind.IsActorKind() && m.Last <= role && m.Last >= role - 6) found = m;
        return found;
    }

    private static List<EntityMention> PossessorsAt(SentenceAnalysis s, int first)
    {
        var owners = new List<EntityMention>();
        foreach (var m in s.Mentions)
            if (m.First == first && m.Possessive) owners.Add(m);
        return owners;
    }

    /// <summary>"A's … ROLE, B" and "A's Lebanese front Hezbollah".</summary>
    private static void Possessor(FrameContext c, List<(string Relation, int First, int Last)> roles, int end)
    {
        var s = c.S;
        var owner = LastPossessorBefore(s, roles[0].First);
        if (owner is null || c.Args.HardBreakBetween(owner.Last, roles[0].First)) return;
        for (var k = owner.Last + 1; k < roles[0].First; k++)
            if (c.Words.Is(s.Tokens[k], Lexicons.WordClass.RoleOwnerBreak)) return;
        var owners = PossessorsAt(s, owner.First);
        // "Hezbollah, Iran's most powerful proxy, …": the apposition names what the actor before the comma is.
        if (c.Args.AppositiveBefore(owner) is { } appositive && appositive.Entity.Id != owner.Entity.Id)
        {
            Emit(c, roles, c.Args.Group(appositive), owners, "structure.apposition-role");
            return;
        }
        var k2 = end;
        while (k2 < s.Tokens.Count && k2 < end + 2 && s.Tokens[k2].Shape == Tokens.TokenShape.Punct && s.Tokens[k2].Text != ";") k2++;
        while (k2 < s.Tokens.Count && c.Words.Is(s.Tokens[k2], Lexicons.WordClass.RoleRegimeNoun)) k2++;
        // "Tehran's proxy in Yemen, Ansar Allah": where the role is held, not who holds it; only a name after the comma does.
        if (s.IsWord(k2, "in") && s.MentionAt(k2 + 1) is { IsPlace: true } region)
        {
            if (!s.IsWord(region.Last, ","))
            {
                CopulaRole(c, roles, owner, owners);
                return;
            }
            k2 = region.Last + 1;
            if (s.IsWord(k2, "the")) k2++;
        }
        else if (s.IsWord(k2, "in")) k2++;
        var holder = HolderAt(s, k2) ?? (k2 > end && s.Tokens[end].Is(",") ? HolderAt(s, AfterDescription(s, c.Words, k2)) : null);
        if (holder is not null) Emit(c, roles, [holder], owners, "structure.possessor-role");
        else CopulaRole(c, roles, owner, owners);
    }

    /// <summary>"Hezbollah is Iran's proxy", "Belarus remains Russia's closest ally in Europe": the role a copula gives its
    /// subject, said as "B has long been a close ally of A" says it (<see cref="PredicateHolder"/>).</summary>
    private static void CopulaRole(FrameContext c, List<(string Relation, int First, int Last)> roles, EntityMention owner, List<EntityMention> owners)
    {
        if (c.S.Tokens[roles[0].First].IsCapitalized || !CopulaRightBefore(c, owner.First)) return;
        var subject = c.Args.SubjectOf(owner.First, inherit: false);
        if (subject is not null && subject.TrueForAll(m => m.Entity.Id != owner.Entity.Id)) Emit(c, roles, subject, owners, "structure.role-of");
    }

    /// <summary>A linking verb right before the possessor, perhaps past an adverb ("is Iran's", "has long been Russia's"),
    /// or "as" after a verb that gives its subject the role ("acts as Iran's proxy", "is seen as Russia's ally"; "armed the
    /// group as its proxy" gives it to the object): "the weakening of Iran's allies" after a copula further back is no
    /// predicate.</summary>
    private static bool CopulaRightBefore(FrameContext c, int possessor)
    {
        var k = possessor - 1;
        if (k > 0 && c.Words.Is(c.S.Tokens[k], WordClass.ClauseAdverb)) k--;
        if (k > 0 && c.S.Tokens[k].Is("as")) return c.Words.Is(c.S.Tokens[k - 1], WordClass.SubjectRoleVerb);
        return k >= 0 && c.Words.Is(c.S.Tokens[k], WordClass.Copula);
    }

    private static EntityMention? HolderAt(SentenceAnalysis s, int k) =>
        s.MentionsAt(k).FirstOrDefault(m => m.Entity.Kind.IsActorKind() && m.Form is not (MentionForm.Adjective or MentionForm.Pronoun));

    /// <summary>"Tehran's proxy, the Lebanese militant group Hezbollah": past the apposition's comma, a description of at
    /// most four words (lower case, or a demonym) before the name it describes; past the sentence's end when a preposition
    /// comes first.</summary>
    private static int AfterDescription(SentenceAnalysis s, WordClasses words, int k)
    {
        if (k < s.Tokens.Count && words.Is(s.Tokens[k], WordClass.Article)) k++;
        for (var n = 0; n < 4 && k < s.Tokens.Count; n++)
        {
            if (s.MentionAt(k) is { } m)
            {
                if (m.Form != MentionForm.Adjective) return k;
                k = m.Last;
                continue;
            }
            if (s.Tokens[k].IsCapitalized || s.Tokens[k].Shape == Tokens.TokenShape.Punct) return k;
            // "their foreign backers, along with Chad": a preposition's actor is no name the description describes.
            if (words.Is(s.Tokens[k], WordClass.Preposition)) return s.Tokens.Count;
            k++;
        }
        return k;
    }

    /// <summary>
    /// "Washington views Ethiopia as a major ally", "Russia regards China as a strategic partner": a verb of regarding gives
    /// its object an alliance with the one who regards it, when the role noun names no other party (no possessor, demonym
    /// or "of": "sees Hezbollah as an Iranian proxy" is the other readings').
    /// </summary>
    private static void Regarded(FrameContext c, List<(string Relation, int First, int Last)> roles, int end)
    {
        var s = c.S;
        if (!roles.TrueForAll(r => r.Relation == RelationTypes.Alliance.Id) || s.IsWord(end, "of")) return;
        var k = roles[0].First - 1;
        while (k > 0 && k >= roles[0].First - 3 && s.MentionAt(k) is null && s.Tokens[k] is { IsWord: true, IsCapitalized: false } && !s.Tokens[k].Is("as")
            && !c.Words.Is(s.Tokens[k], WordClass.Article)) k--;
        if (k > 0 && c.Words.Is(s.Tokens[k], WordClass.Article)) k--;
        if (k > 0 && s.Tokens[k].Is("as")) k--;
        if (s.MentionAt(k) is not { IsActor: true, Possessive: false, Form: not MentionForm.Adjective } regarded) return;
        var verb = c.Cursor(regarded.First - 1).SkipArticlesBack().At;
        if (verb < 1 || !c.Words.Is(s.Tokens[verb], WordClass.RegardingVerb) || c.Args.SubjectOf(verb, inherit: false) is not { } regarding) return;
        if (regarding.Exists(m => m.Entity.Id == regarded.Entity.Id)) return;
        Emit(c, roles, c.Args.Group(regarded), regarding, "structure.role-of");
    }

    /// <summary>"Turkey and Azerbaijan are close allies", "Qatar and Turkey have long been partners": a plural alliance noun
    /// that a list of actors is, with no "of" after it, makes each of them the others' ally.</summary>
    private static void Mutual(FrameContext c, List<(string Relation, int First, int Last)> roles, int end)
    {
        if (roles is not [{ } role] || role.Relation != RelationTypes.Alliance.Id || !c.S.Tokens[role.Last - 1].Lower.EndsWith('s') || c.S.IsWord(end, "of")) return;
        // "are Assad's allies": the possessor is the patron, and Possessor reads it.
        if (LastPossessorBefore(c.S, role.First) is not null) return;
        // Only a copula makes the list the allies: "… while a dozen nations are viewed as partners" is said of others.
        if (c.Args.SubjectOf(role.First, inherit: false) is not { Count: >= 2 } members || role.First - members[^1].Last > 5 || c.S.CommaBetween(members[^1].Last, role.First)
            || !Copulas.Between(c.S, c.Words, members[^1].Last, role.First)
            || members.Exists(m => m.Form is MentionForm.Adjective or MentionForm.Pronoun)) return;
        for (var i = 0; i + 1 < members.Count; i++) Emit(c, roles, [members[i]], members.Skip(i + 1), "structure.role-of");
    }

    /// <summary>"NATO allies Turkey and the US", "EU partners Poland and Lithuania": a plural alliance noun right before a list
    /// of actors makes each of them the others' ally.</summary>
    private static void MembersNamed(FrameContext c, List<(string Relation, int First, int Last)> roles, int end)
    {
        if (roles is not [{ } role] || role.Relation != RelationTypes.Alliance.Id || !c.S.Tokens[role.Last - 1].Lower.EndsWith('s')) return;
        if (c.S.MentionAt(end) is not { IsActor: true, Form: not MentionForm.Adjective } first || first.First != end) return;
        var members = c.Args.Group(first);
        if (members.Count < 2 || members.Exists(m => m.Form is MentionForm.Adjective or MentionForm.Pronoun)) return;
        Emit(c, roles, members.Take(1), members.Skip(1), "structure.role-of", presupposed: true);
    }

    /// <summary>"B, a proxy of A" and "B has long been a close ally and client of both A and C".</summary>
    private static void Of(FrameContext c, List<(string Relation, int First, int Last)> roles, int end)
    {
        var s = c.S;
        // "a key unit in the PMF", "an elite branch within the Guard": a whole's part may also be in it.
        var partIn = roles.All(r => r.Relation == RelationTypes.PartOf.Id || r.Relation == RelationTypes.AffiliateOf.Id) && c.Cursor(end).Is(WordClass.PartInPreposition);
        if (!s.IsWord(end, "of") && !partIn) return;
        var patron = c.Args.ObjectAfter(end + 1, skipFromBy: false);
        // "Colonel A, the army chief of staff, Major B": past a comma the "of" phrase has ended, and the next name is no patron.
        if (patron is null || patron[0].First > end + 4 || s.CommaBetween(end, patron[0].First)) return;
        // "in Syria": a place one is in is no whole one is part of.
        if (partIn && patron[0].Entity.Kind is Core.Entities.EntityKind.State or Core.Entities.EntityKind.Place) return;
        var holder = c.AppositionComma(roles[0].First) is { } comma ? c.HolderBeforeComma(comma) : NamedAfter(c, patron) ?? PredicateHolder(c, roles[0].First);
        if (holder is null) return;
        // "Iran, the main backer of the Houthis, denied …": an apposition is taken for granted, outside the main verb's denial.
        Emit(c, roles, holder, patron, "structure.role-of", presupposed: InApposition(s, holder, roles[0].First));
    }

    /// <summary>"the secretary-general of Hezbollah, Hassan Nasrallah": a person's name right after the patron's comma holds the
    /// role.</summary>
    private static List<EntityMention>? NamedAfter(FrameContext c, List<EntityMention> patron)
    {
        var k = patron[^1].Last;
        return c.S.IsWord(k, ",") && c.S.PersonNamedAt(k + 1) is { } holder ? [holder] : null;
    }

    /// <summary>"B has long been a close ally of A", "B serves as chairman of A", "X and other proxies of A": the subject holds a
    /// role a copula or "as" gives it, or one it shares with others; the object of another verb ("Israel killed the leader
    /// of Hezbollah", "colonels at the head of Mali") is someone else.</summary>
    private static List<EntityMention>? PredicateHolder(FrameContext c, int role)
    {
        var s = c.S;
        var subject = c.Args.SubjectOf(role, inherit: false);
        if (subject is null) return null;
        if (Copulas.Between(s, c.Words, subject[^1].Last, role)) return subject;
        var k = role - 1;
        while (k > subject[^1].Last && k >= role - 5 && !s.IsWord(k, "as") && !s.IsWord(k, "other")
            && (s.MentionAt(k) is { Form: MentionForm.Adjective } || s.Tokens[k].IsWord && !s.Tokens[k].IsCapitalized)) k--;
        return s.IsWord(k, "as") || s.IsWord(k, "other") ? subject : null;
    }

    /// <summary>"Hezbollah leader Naim Qassem", "Rosneft vice president Didier Casimiro": a group's or firm's name, a post in
    /// it and the name of the person who holds it.</summary>
    private static void PostBeforeName(FrameContext c, List<(string Relation, int First, int Last)> roles, int end)
    {
        if (!roles.TrueForAll(r => r.Relation == RelationTypes.PartOf.Id)) return;
        if (c.S.PersonNamedAt(end) is not { } holder) return;
        EntityMention? body = null;
        foreach (var m in c.S.Mentions)
            if (m.Last == roles[0].First && !m.Possessive && m.Form is MentionForm.Name or MentionForm.Acronym && m.Entity.Kind.IsActorKind() && m.Entity.Kind is not (Core.Entities.EntityKind.State or Core.Entities.EntityKind.Regime)) body = m;
        if (body is not null && body.Entity.Id != holder.Entity.Id) Emit(c, roles, [holder], [body], "structure.post-before-name", presupposed: true);
    }

    /// <summary>"B, the main backer of A": the role noun follows the holder's comma and an article.</summary>
    private static bool InApposition(SentenceAnalysis s, List<EntityMention> holder, int role)
    {
        var k = role - 1;
        while (k > holder[^1].Last && s.Tokens[k].Shape != Tokens.TokenShape.Punct && !s.Tokens[k].IsCapitalized && k >= role - 4) k--;
        return k == holder[^1].Last && s.Tokens[k].Is(",");
    }

    /// <summary>"IRGC clients and proxies like Hamas and Palestinian Islamic Jihad".</summary>
    private static void Like(FrameContext c, List<(string Relation, int First, int Last)> roles, int end)
    {
        var s = c.S;
        var k = end;
        if (s.IsWord(k, ",")) k++;
        if (!(c.Cursor(k).Is(WordClass.ExampleOpener) || s.IsWord(k, "such") && s.IsWord(k + 1, "as"))) return;
        var patron = c.ModifierBefore(roles[0].First);
        var holders = c.Args.ObjectAfter(k + 1, skipFromBy: false);
        if (patron is null || holders is null) return;
        Emit(c, roles, holders, [patron], "structure.role-like");
    }

    /// <summary>"CAR essentially became a Russian colony".</summary>
    private static void Colony(FrameContext c, List<(string Relation, int First, int Last)> roles)
    {
        var s = c.S;
        var adj = s.Mentions.FirstOrDefault(m => m.Last == roles[0].First && m.Form is MentionForm.Adjective or MentionForm.CompoundPart);
        if (adj is null) return;
        var holder = c.Args.SubjectOf(adj.First, inherit: false);
        if (holder is null) return;
        if (Copulas.Between(s, c.Words, holder[^1].Last, adj.First)) Emit(c, roles, holder, [adj], "structure.adjective-role");
    }

    /// <summary>"Al-Qaeda's Al-Shabaab": a group's group is its affiliate, unless the knowledge base links them otherwise.</summary>
    private static void Affiliates(FrameContext c)
    {
        // The test comes before the call: a loop body whose lambdas capture the mention allocates their closure on every mention.
        foreach (var owner in c.S.Mentions)
            if (owner.Possessive && IsGroup(owner)) Affiliate(c, owner);
    }

    private static void Affiliate(FrameContext c, EntityMention owner)
    {
        var holder = c.S.Mentions.FirstOrDefault(m => m.First == owner.Last + 1 && IsGroup(m));
        if (holder is null) return;
        var link = holder.Entity.Links.FirstOrDefault(l => l.Target == owner.Entity.Id)?.Type ?? RelationTypes.AffiliateOf.Id;
        if (!RelationTypes.IsKnown(link)) link = RelationTypes.AffiliateOf.Id;
        var t = new TriggerMention(owner.First, holder.Last, new TriggerEntry("'s", link, "possessive"));
        c.Emit(new FrameClaims(t, link, "structure.possessive-group", 60) { Subjects = [holder.Entity], Objects = [owner.Entity], Arguments = [owner, holder], Presupposed = true });
    }

    private static bool IsGroup(EntityMention m) =>
        m.Entity.Kind is Core.Entities.EntityKind.ArmedGroup or Core.Entities.EntityKind.PoliticalGroup or Core.Entities.EntityKind.Organization && m.Form != MentionForm.Pronoun;
}

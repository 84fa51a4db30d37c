using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// Membership of an organization (an alliance, a bloc, a regional body) as part-of: "Chad is a member of the bloc", "the
/// bloc member Chad", "Chad, a bloc member", "the bloc's members are A and B", "the members of the bloc include A", "A
/// joined the bloc", "A's accession to the bloc", "A's membership in the bloc", "the bloc groups A, B and C". The whole
/// must be an organization: "Iran joined Russia in condemning …" and "members of a gang" are no membership. Not a role
/// noun of <see cref="RoleNounRule"/>, whose patterns take any patron.
/// </summary>
public sealed class MembershipRule : IConstructionRule
{
    private const string Rule = "part-of.membership";

    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var w = s.Tokens[i];
            if (c.Words.Is(w, WordClass.MemberNoun)) Members(c, i);
            else if (c.Words.Is(w, WordClass.JoinVerb)) Join(c, i);
            else if (c.Words.Is(w, WordClass.AccessionNoun)) Accession(c, i);
            else if (w.Is("membership")) Membership(c, i);
            else if (c.Words.Is(w, WordClass.GroupingVerb)) Grouping(c, i);
        }
    }

    private static bool IsWhole(EntityMention? m) => m is { IsMateriel: false } && m.Entity.Kind == EntityKind.Organization;

    /// <summary>Where the noun at <paramref name="noun"/> starts with its qualifiers ("newest", "full", "founding" …, and a
    /// count: "NATO's 32 members") before it.</summary>
    private static int QualifiedFrom(SentenceAnalysis s, WordClasses words, int noun)
    {
        var first = noun;
        while (first > 0 && (words.Is(s.Tokens[first - 1], WordClass.MemberQualifier) || s.Tokens[first - 1].Shape == Tokens.TokenShape.Number)) first--;
        return first;
    }

    /// <summary>The mention that ends right before a token, its possessive "'s" included.</summary>
    private static EntityMention? EndingBefore(SentenceAnalysis s, int token)
    {
        foreach (var m in s.Mentions)
            if (m.Last == token || m.Possessive && m.Last == token - 1 && s.IsWord(token - 1, "'s")) return m;
        return null;
    }

    /// <summary>The members named after a token: the actor group that starts within two tokens (after "the", a colon).</summary>
    private static List<EntityMention>? GroupAt(FrameContext c, int from)
    {
        var s = c.S;
        var k = from;
        while (k < s.Tokens.Count && k < from + 2 && s.MentionAt(k) is null && c.Words.Is(s.Tokens[k], WordClass.MemberListOpener)) k++;
        return s.MentionAt(k) is { IsActor: true } m && !IsWhole(m) ? c.Args.Group(m) : null;
    }

    private static void Emit(FrameContext c, int first, int last, List<EntityMention> members, EntityMention whole, bool presupposed)
    {
        var t = new TriggerMention(first, last, new TriggerEntry(c.S.Tokens[first].Lower, RelationTypes.PartOf.Id, "membership"));
        var holders = members.Where(m => !IsWhole(m) && m.Entity.Id != whole.Entity.Id).ToList();
        if (holders.Count == 0) return;
        c.Emit(new FrameClaims(t, RelationTypes.PartOf.Id, Rule, 60) { Subjects = SentenceArguments.Entities(holders), Objects = [whole.Entity], Arguments = holders.Append(whole), Presupposed = presupposed });
    }

    /// <summary>
    /// "NATO member Turkey", "Turkey, a NATO member,", "NATO's newest member, Finland", "NATO's members are …", "Armenia is a
    /// member of the CSTO", "the members of the SCO include …", "the SCO, whose members include …".
    /// </summary>
    private static void Members(FrameContext c, int i)
    {
        var s = c.S;
        var end = i + 1;
        if (end < s.Tokens.Count && c.Words.Is(s.Tokens[end], WordClass.MemberTail) && s.Tokens[i].Lower == "member") end++;
        var first = QualifiedFrom(s, c.Words, i);
        if (EndingBefore(s, first) is { } before && IsWhole(before))
        {
            // "NATO's newest member, Finland", "Sweden is NATO's newest member".
            if (before.Possessive)
            {
                if (!Listed(c, i, end, before)) Holder(c, before.First, end, before);
            }
            // "NATO member Turkey", "fellow BRICS members India and Brazil"
            else if (GroupAt(c, end) is { } named && named[0].First == end) Emit(c, before.First, end, named, before, true);
            else Holder(c, before.First, end, before);
            return;
        }
        if (s.IsWord(end, "of") && s.MentionAt(s.IsWord(end + 1, "the") ? end + 2 : end + 1) is { } of && IsWhole(of))
        {
            if (!Listed(c, i, of.Last, of)) Holder(c, first, of.Last, of);
        }
        else if (i >= 3 && s.IsWord(i - 1, "whose") && s.Tokens[i - 2].Is(",") && s.MentionAt(i - 3) is { } whose && IsWhole(whose))
            Listed(c, i, end, whose);
        // "Iran joined the SCO in 2023, joining current members China, Russia and India": members named right after the
        // noun, with no body before it, belong to the body the sentence named last.
        else if (GroupAt(c, end) is { } named && named[0].First == end && LastWholeBefore(s, first) is { } body)
            Emit(c, first, end, named, body, true);
    }

    private static EntityMention? LastWholeBefore(SentenceAnalysis s, int token)
    {
        EntityMention? found = null;
        foreach (var m in s.Mentions)
            if (m.Last <= token && IsWhole(m)) found = m;
        return found;
    }

    /// <summary>"… members are A and B", "… members include A", "… newest member, Finland": members listed after the noun.</summary>
    private static bool Listed(FrameContext c, int first, int end, EntityMention whole)
    {
        var s = c.S;
        if (end >= s.Tokens.Count || !(c.Words.Is(s.Tokens[end], WordClass.MemberListVerb) || s.Tokens[end].Is(",") && s.Tokens[first].Lower == "member")) return false;
        if (GroupAt(c, end + 1) is not { } members) return false;
        Emit(c, first, end + 1, members, whole, true);
        return true;
    }

    /// <summary>Who "a member" is: the actor before the comma of an apposition ("Turkey, a NATO member,") or the clause's
    /// subject ("Armenia is a member of the CSTO", "Iran and Egypt became full members of BRICS").</summary>
    private static void Holder(FrameContext c, int first, int end, EntityMention whole)
    {
        var s = c.S;
        var k = first - 1;
        if (k >= 0 && c.Words.Is(s.Tokens[k], WordClass.Article)) k--;
        if (k >= 1 && s.Tokens[k].Is(",") && s.MentionAt(k - 1) is { IsActor: true } appositive && !IsWhole(appositive))
            Emit(c, appositive.First, end, c.Args.Group(appositive), whole, true);
        else if (c.Args.SubjectOf(first, inherit: false) is { } subject && Copulas.Between(s, c.Words, subject[^1].Last, first))
            Emit(c, subject[0].First, end, subject, whole, false);
    }

    /// <summary>"Egypt's new membership in BRICS and the NDB", "Ukraine's membership of NATO".</summary>
    private static void Membership(FrameContext c, int i)
    {
        var s = c.S;
        var first = QualifiedFrom(s, c.Words, i);
        if (EndingBefore(s, first) is not { Possessive: true, IsActor: true } member || IsWhole(member)) return;
        if (!c.Cursor(i + 1).Is(WordClass.MembershipPreposition)) return;
        var k = s.IsWord(i + 2, "the") ? i + 3 : i + 2;
        if (s.MentionAt(k) is not { } whole || !IsWhole(whole)) return;
        foreach (var w in c.Args.Group(whole))
            if (IsWhole(w)) Emit(c, member.First, w.Last, c.Args.Group(member), w, false);
    }

    /// <summary>"Iran joined the SCO in 2023", "Finland's bid to join NATO", "invited to join BRICS".</summary>
    private static void Join(FrameContext c, int i)
    {
        var s = c.S;
        var k = i + 1;
        if (s.IsWord(k, "the")) k++;
        var whole = s.MentionAt(k);
        if (!IsWhole(whole)) return;
        // "Finland's bid to join", "Sweden's application to join": the possessor before the noun is the one joining.
        var joiner = s.Mentions.LastOrDefault(m => m.Possessive && m.IsActor && m.Last <= i && m.Last >= i - 4 && !IsWhole(m));
        var members = joiner is not null ? c.Args.Group(joiner) : c.Args.SubjectOf(i, inherit: false);
        if (members is not null) Emit(c, i, whole!.Last, members, whole!, false);
    }

    /// <summary>"Sweden's accession to NATO", "the admission of Iran to the SCO".</summary>
    private static void Accession(FrameContext c, int i)
    {
        var s = c.S;
        EntityMention? member = null;
        if (EndingBefore(s, i) is { Possessive: true, IsActor: true } owner && !IsWhole(owner)) member = owner;
        var k = i + 1;
        if (member is null && s.IsWord(k, "of") && s.MentionAt(k + 1) is { IsActor: true } ofMember && !IsWhole(ofMember))
        {
            member = ofMember;
            k = ofMember.Last;
        }
        if (member is null || !c.Cursor(k).Is(WordClass.AccessionPreposition)) return;
        k++;
        if (s.IsWord(k, "the")) k++;
        var whole = s.MentionAt(k);
        if (IsWhole(whole)) Emit(c, i, whole!.Last, c.Args.Group(member), whole!, false);
    }

    /// <summary>"The CSTO groups Russia, Armenia and Belarus", "the bloc, which includes Egypt and Ethiopia".</summary>
    private static void Grouping(FrameContext c, int i)
    {
        var s = c.S;
        var k = i - 1;
        while (k >= 0 && c.Words.Is(s.Tokens[k], WordClass.GroupingVerbGap)) k--;
        if (k < 0 || !IsWhole(s.MentionAt(k))) return;
        var whole = s.MentionAt(k)!;
        if (GroupAt(c, i + 1) is { } members) Emit(c, whole.First, i + 1, members, whole, true);
    }
}

using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "Russia has a naval base in Syria", "France handed over its last base in Chad", "a Chinese base in Djibouti": a base
/// someone owns, keeps or builds in a state is that state's basing access to them (host → user), and the place it names
/// is where. The owner is the possessor or state adjective before the base, or the subject of a verb of having or
/// building it; a base that is struck or hit ("a drone hit a base in Jordan") names no user.
/// </summary>
public sealed class BaseInRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var k = 1; k + 2 < s.Tokens.Count; k++)
        {
            if (!c.Words.Is(s.Tokens[k], WordClass.BaseNoun) || s.MentionAt(k) is not null) continue;
            if (!(s.Tokens[k + 1].Is("in") || s.Tokens[k + 1].Is("at"))) continue;
            var at = c.Cursor(k + 2).SkipArticles().At;
            // "in the Indo-Pacific": a state's adjective or compound part names a region, not a host.
            if (s.MentionAt(at) is not { } where || where.First != at || where.Form is MentionForm.Adjective or MentionForm.CompoundPart
                || !(where.IsPlace || where.Entity.Kind == EntityKind.State)) continue;
            // "bases in Qatar and Bahrain": each place of the list hosts one.
            var places = c.Args.PlacesFrom(where).ToList();
            var hosts = c.StatesForPlaces(places.Select(p => p.Entity));
            if (hosts.Count == 0 || OwnerOf(c, k) is not { } owner) continue;
            var users = SentenceArguments.Entities(owner).Where(u => hosts.TrueForAll(h => h.Id != u.Id)).ToList();
            if (users.Count == 0) continue;
            var t = TriggerMention.AtWord(s, k, RelationTypes.BasingAccess.Id, "base-in");
            c.Emit(new FrameClaims(t, RelationTypes.BasingAccess.Id, "basing-access.base-in", 60)
            {
                Subjects = hosts,
                Objects = users,
                Arguments = [.. owner, .. places],
                Place = places is [{ IsPlace: true } only] ? only.Entity : null,
            });
        }
    }

    /// <summary>"struck a Russian airbase", "hit its base": the base is what an attack hit, not one held by leave of the host.</summary>
    private static bool Struck(FrameContext c, int phrase)
    {
        var k = c.Cursor(phrase - 1).SkipArticlesBack().At;
        if (k < 0) return false;
        foreach (var t in c.S.Triggers)
            if (t.Last == k + 1 && (t.Entry.Relation == RelationTypes.Attack.Id || t.Entry.Relation == RelationTypes.Occupation.Id)) return true;
        return c.S.IsWord(k, "hit");
    }

    /// <summary>
    /// Whose the base at <paramref name="noun"/> is: a possessor or a state's adjective among the words before it ("its two
    /// main bases", "a Russian naval base"), else the subject of a verb of having or building it right before its article
    /// and qualifiers ("has a naval base", "set up a permanent base").
    /// </summary>
    private static List<EntityMention>? OwnerOf(FrameContext c, int noun)
    {
        var s = c.S;
        var k = noun - 1;
        for (var steps = 0; k >= 0 && steps < 4; steps++, k--)
        {
            if (s.MentionAt(k) is { } m)
                return (m.Possessive || m.Form == MentionForm.Adjective) && m.Entity.Kind.IsActorKind() && !m.IsMateriel && !Struck(c, m.First) ? [m] : null;
            var w = s.Tokens[k];
            // "the former American base at Cam Ranh Bay": a base that was someone's names no access they have.
            if (w.Is("former")) return null;
            if (c.Words.Is(w, WordClass.Article)) { k--; break; }
            if (!w.IsWord || w.IsCapitalized || c.Words.Is(w, WordClass.Preposition) || c.Words.Is(w, WordClass.BaseHavingVerb)) break;
        }
        if (k >= 0 && s.IsWord(k, "up")) k--;
        if (Struck(c, k + 1)) return null;
        if (k < 0 || !c.Words.Is(s.Tokens[k], WordClass.BaseHavingVerb)) return null;
        return c.Args.SubjectOf(k, inherit: false);
    }
}

using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// Hyphenated compounds: "the Russo-Iranian alliance" (alliance), "the Russo-Iranian intervention in Syria"
/// (joint-operation), "a Russian-backed coup" (coup-support on the country of the coup), "Iranian-backed
/// Houthis" (support), "the EU-listed Houthis" (sanction) and "a Russia-aligned junta" (client-of).
/// </summary>
public sealed class CompoundRule : IConstructionRule
{
    private static readonly Dictionary<string, string> Heads = new(StringComparer.Ordinal)
    {
        ["alliance"] = RelationTypes.Alliance.Id,
        ["partnership"] = RelationTypes.Alliance.Id,
        ["axis"] = RelationTypes.Alliance.Id,
        ["entente"] = RelationTypes.Alliance.Id,
        ["bloc"] = RelationTypes.Alliance.Id,
        ["intervention"] = RelationTypes.JointOperation.Id,
        ["operation"] = RelationTypes.JointOperation.Id,
        ["operations"] = RelationTypes.JointOperation.Id,
        ["campaign"] = RelationTypes.JointOperation.Id,
        ["offensive"] = RelationTypes.JointOperation.Id,
        ["exercises"] = RelationTypes.JointOperation.Id,
        ["drills"] = RelationTypes.JointOperation.Id,
        ["patrols"] = RelationTypes.JointOperation.Id,
    };

    public void Apply(FrameContext c)
    {
        var s = c.S;
        if (!s.Mentions.Exists(static m => m.Form == MentionForm.CompoundPart)) return;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            // Most tokens start no compound part: build the list only when one does.
            List<EntityMention>? parts = null;
            foreach (var m in s.Mentions)
                if (m.First == i && m.Form == MentionForm.CompoundPart && m.Entity.Kind.IsActor()) (parts ??= []).Add(m);
            if (parts is null) continue;
            if (parts.Count >= 2 && parts[0].Suffix is null) Pair(c, i, parts);
            else if (parts.Count == 1 && parts[0].Suffix is { } backed && c.Words.Is(backed, Lexicons.WordClass.BackedSuffix)) Backed(c, parts[0]);
            else if (parts.Count == 1 && parts[0].Suffix is { } aligned && c.Words.Is(aligned, Lexicons.WordClass.AlignedSuffix)) Aligned(c, parts[0]);
            else if (parts.Count == 1 && parts[0].Suffix is { } listed && c.Words.Is(listed, Lexicons.WordClass.ListedSuffix)) Described(c, parts[0], RelationTypes.Sanction.Id, "designated");
        }
    }

    private static void Pair(FrameContext c, int i, List<EntityMention> parts)
    {
        var s = c.S;
        for (var k = i + 1; k < Math.Min(s.Tokens.Count, i + 4); k++)
        {
            if (!s.Tokens[k].IsWord || s.Tokens[k].IsCapitalized) return;
            if (!Heads.TryGetValue(s.Tokens[k].Lower, out var rel)) continue;
            var t = new TriggerMention(i, k + 1, new TriggerEntry(s.Tokens[k].Lower, rel, "compound"));
            var place = c.PlaceIn(k + 1, Math.Min(s.Tokens.Count, k + 5), [])?.Entity;
            c.Emit(new FrameClaims(t, rel, rel + ".compound", 70) { Subjects = [parts[0].Entity], Objects = [parts[1].Entity], Arguments = parts, Place = place, Presupposed = true });
            return;
        }
    }

    private static void Backed(FrameContext c, EntityMention backer)
    {
        var s = c.S;
        var next = backer.Last;
        if (c.Cursor(next).Is(Lexicons.WordClass.CoupNoun))
        {
            var t = new TriggerMention(backer.First, next + 1, new TriggerEntry("backed coup", RelationTypes.CoupSupport.Id, "compound"));
            var country = c.Args.AfterPreposition(next + 1, Math.Min(s.Tokens.Count, next + 4), true, "in")?[0]
                ?? s.Mentions.LastOrDefault(m => m.Last <= backer.First && m.Entity.Kind == EntityKind.State && m.Entity.Id != backer.Entity.Id);
            if (country is not null) c.Emit(new FrameClaims(t, RelationTypes.CoupSupport.Id, "coup-support.compound", 65) { Subjects = [backer.Entity], Objects = [country.Entity], Arguments = [backer, country], Presupposed = true });
            return;
        }
        Described(c, backer, RelationTypes.Support.Id, "backed");
    }

    /// <summary>"Iranian-backed Hezbollah" (support), "the U.S.-designated Houthis" (sanction): the compound's state acts on
    /// the actor the compound describes.</summary>
    private static void Described(FrameContext c, EntityMention part, string relation, string word)
    {
        if ((BackedActorFrom(c.S, c.Words, part.Last) ?? DescribedActor(c, part)) is { } described)
            c.Emit(new FrameClaims(new TriggerMention(part.First, part.Last, new TriggerEntry(word, relation, "compound")), relation, relation + ".compound", 60) { Subjects = [part.Entity], Objects = [described.Entity], Arguments = [part, described] });
    }

    /// <summary>
    /// The actor a "-backed" compound describes: the name right after it ("Iranian-backed Hezbollah"), or the name a short
    /// description leads to ("the Iran-backed militant group Hezbollah", "Russian-backed Lebanese militia X"). A
    /// preposition, a verb or punctuation on the way means the compound describes an unnamed noun ("Iran-backed militias
    /// fired at …"), which names no party.
    /// </summary>
    private static EntityMention? BackedActorFrom(Pipeline.SentenceAnalysis s, Lexicons.WordClasses words, int next)
    {
        for (var k = next; k < Math.Min(s.Tokens.Count, next + 5); k++)
        {
            if (s.MentionAt(k) is { } m)
            {
                if (m.IsActor && m.Role == MentionRole.Actor) return m;
                if (m.Role != MentionRole.Modifier) return null;
                k = m.Last - 1;
                continue;
            }
            var t = s.Tokens[k];
            if (!t.IsWord || t.IsCapitalized || words.Is(t, Lexicons.WordClass.Preposition) || words.Is(t, Lexicons.WordClass.BackedActorStop)
                || t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower.EndsWith("ing", StringComparison.Ordinal) || t.Lower.EndsWith("ly", StringComparison.Ordinal))
                return null;
        }
        return null;
    }

    /// <summary>
    /// The actor a "-backed" description is said of: the subject of a linking verb ("the Polisario is an Algeria-backed
    /// movement") or the name it stands in apposition to ("Hamas, a Qatar-backed group, …"), with only an article and
    /// plain words before the compound.
    /// </summary>
    private static EntityMention? DescribedActor(FrameContext c, EntityMention backer)
    {
        var s = c.S;
        for (var k = backer.First - 1; k >= Math.Max(0, backer.First - 4); k--)
        {
            var t = s.Tokens[k];
            if (c.Words.Is(t, Lexicons.WordClass.Copula))
                return c.Args.SubjectOf(k, inherit: false) is [{ IsActor: true } subject, ..] && subject.Last <= k ? subject : null;
            if (t.Is(","))
                return k > 0 && s.MentionAt(k - 1) is { IsActor: true, Role: MentionRole.Actor } named && named.Last == k ? named : null;
            // "became part of the CIA-backed …", "is directly supporting Iran-backed …": the compound is no predicate of the subject.
            if (!t.IsWord || t.IsCapitalized || s.MentionAt(k) is not null || c.Words.Is(t, Lexicons.WordClass.Preposition)
                || t.Lower.EndsWith("ing", StringComparison.Ordinal)) return null;
        }
        return null;
    }

    private static void Aligned(FrameContext c, EntityMention patron)
    {
        var s = c.S;
        var next = patron.Last;
        var client = s.MentionAt(next) is { IsActor: true } m ? m
            : s.Tokens.Count > next && c.Words.Is(s.Tokens[next], Lexicons.WordClass.ClientRegimeNoun)
                ? s.Mentions.LastOrDefault(x => x.Last <= patron.First && x.Entity.Kind == EntityKind.State && x.Entity.Id != patron.Entity.Id) : null;
        if (client is null) return;
        c.Emit(new FrameClaims(new TriggerMention(patron.First, next + 1, new TriggerEntry("aligned", RelationTypes.ClientOf.Id, "compound")), RelationTypes.ClientOf.Id, "client-of.compound", 55) { Subjects = [client.Entity], Objects = [patron.Entity], Arguments = [patron, client], Presupposed = true });
    }
}

using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Basing: "using Iran's Hamedan airbase" — the host (the possessor, else the base's country) gives the
/// user (the subject) access; the base is the claim's place.
/// </summary>
public sealed class BasingFrame : ITriggerFrame
{
    public IReadOnlyList<string> Names { get; } = ["basing"];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var s = c.S;
        EntityMention? host = null;
        Entity? baseEntity = null;
        for (var k = t.Last; k < Math.Min(s.Tokens.Count, t.Last + 6); k++)
        {
            if (s.MentionAt(k) is { } m && m.Possessive && m.IsActor && host is null) host = m;
            if (c.Words.Is(s.Tokens[k], Lexicons.WordClass.BaseWord))
            {
                baseEntity = s.Mentions.LastOrDefault(x => x.Last <= k + 1 && x.First >= t.Last && x.Entity.Kind == EntityKind.Place)?.Entity;
                var hostEntity = host?.Entity ?? (baseEntity?.Country is { } cc ? c.Kb.Get(cc) : null);
                var user = c.Args.SubjectOf(t.First);
                if (hostEntity is null || user is null) return;
                if (host is not null) c.Args.TakenAsObject.Add(host);
                c.Emit(new FrameClaims(t, RelationTypes.BasingAccess.Id, t.Entry.RuleId, 60) { Subjects = [hostEntity], Objects = SentenceArguments.Entities(user), Arguments = host is null ? user : user.Append(host), Place = baseEntity });
                return;
            }
        }
    }
}

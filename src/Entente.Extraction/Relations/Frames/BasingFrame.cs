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
                var user = c.Args.SubjectOf(t.First);
                // "Belarus allowed Russia to use its territory": the land a permitted user is let onto is the permitter's.
                if (host is { Form: MentionForm.Pronoun } && user is [var permitted, ..] && permitted.Entity.Id == host.Entity.Id && Permitter(c, permitted) is [var permitter, ..])
                    host = permitter;
                var hostEntity = host?.Entity ?? (baseEntity?.Country is { } cc ? c.Kb.Get(cc) : null);
                if (hostEntity is null || user is null) return;
                if (host is not null) c.Args.TakenAsObject.Add(host);
                c.Emit(new FrameClaims(t, RelationTypes.BasingAccess.Id, t.Entry.RuleId, 60) { Subjects = [hostEntity], Objects = SentenceArguments.Entities(user), Arguments = host is null ? user : user.Append(host), Place = baseEntity });
                return;
            }
        }
    }

    /// <summary>The subject of a verb of letting right before the user ("allowed", "let", "permitted"), if any.</summary>
    private static List<EntityMention>? Permitter(FrameContext c, EntityMention user)
    {
        var k = c.Cursor(user.First - 1).SkipArticlesBack().At;
        return k >= 1 && c.Words.Is(c.S.Tokens[k], Lexicons.WordClass.PermitVerb) ? c.Args.SubjectOf(k, inherit: false) : null;
    }
}

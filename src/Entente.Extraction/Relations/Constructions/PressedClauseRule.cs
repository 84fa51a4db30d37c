using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// Pressure whose target a clause after the verb names: "Iran threatened that Israel will pay", "warned that if Russia
/// kept obstructing the truce …" (the subject of the "that" clause is the one warned about), and "the White House has
/// been pushing Equatorial Guinea to reject the offer", "Kyiv pressed its allies for longer-range weapons" (a verb of
/// pushing whose object is then told what to do). The verb's subject presses.
/// </summary>
public sealed class PressedClauseRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var i = 1; i + 2 < s.Tokens.Count; i++)
        {
            var warning = c.Words.Is(s.Tokens[i], WordClass.WarningVerb) && s.Tokens[i + 1].Is("that");
            if (!warning && !c.Words.Is(s.Tokens[i], WordClass.PushingVerb)) continue;
            var target = warning ? ThatClauseSubject(c, i + 2) : PushedObject(c, i + 1);
            if (target is null || c.Args.SubjectOf(i, inherit: false) is not { } pressers) continue;
            var targets = SentenceArguments.Entities(target).Where(e => pressers.TrueForAll(p => p.Entity.Id != e.Id)).ToList();
            if (targets.Count == 0) continue;
            var t = TriggerMention.AtWord(s, i, RelationTypes.Pressure.Id, "pressed-clause");
            c.Emit(new FrameClaims(t, RelationTypes.Pressure.Id, t.Entry.RuleId, 55) { Subjects = SentenceArguments.Entities(pressers), Objects = targets, Arguments = pressers.Concat(target) });
        }
    }

    /// <summary>The actor that opens a "that" clause, past "if" or "unless" and an article: "that (if) (the) Russia …".</summary>
    private static List<EntityMention>? ThatClauseSubject(FrameContext c, int k)
    {
        if (c.S.IsWord(k, "if") || c.S.IsWord(k, "unless")) k++;
        k = c.Cursor(k).SkipArticles().At;
        return c.S.MentionAt(k) is { IsActor: true, Possessive: false, Form: not (MentionForm.Pronoun or MentionForm.Adjective) } m && m.First == k ? c.Args.Group(m) : null;
    }

    /// <summary>The actor a verb of pushing takes, when "to", "for" or "into" tells it what to do: "pushing Gabon to reject",
    /// "pressed its allies for weapons" ("pushed into Ukraine" names where troops went, with no actor right after the verb).</summary>
    private static List<EntityMention>? PushedObject(FrameContext c, int k)
    {
        k = c.Cursor(k).SkipArticles().At;
        if (c.S.MentionAt(k) is not { IsActor: true, Form: not (MentionForm.Pronoun or MentionForm.Adjective) } m || m.First != k) return null;
        var group = c.Args.Group(m);
        // Past at most a few plain words ("pushing Gabon hard to", "pressed its allies repeatedly for").
        var after = group[^1].Last;
        var limit = Math.Min(c.S.Tokens.Count, after + 3);
        while (after < limit && c.S.Tokens[after] is { IsWord: true, IsCapitalized: false } && !c.Words.Is(c.S.Tokens[after], WordClass.Preposition) && c.S.MentionAt(after) is null) after++;
        return c.S.IsWord(after, "to") || c.S.IsWord(after, "for") || c.S.IsWord(after, "into") ? group : null;
    }
}

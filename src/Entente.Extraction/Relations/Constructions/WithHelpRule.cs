using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "The Houthis restocked their depots with the help of Iran's IRGC", "took the town with Russian backing", "with Tehran's
/// support", "survived thanks to Iranian support": whoever the help is of supports the clause's subject. The helper is
/// the head after "of" (the IRGC, not the Iran that owns it), or the possessor or demonym right before the help noun.
/// </summary>
public sealed class WithHelpRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var i = 0; i + 2 < s.Tokens.Count; i++)
        {
            // "survived thanks to Russian support", "enjoys the backing of the UAE": as "with" does.
            var after = s.Tokens[i].Is("with") || c.Words.Is(s.Tokens[i], WordClass.EnjoyVerb) ? i + 1 : s.Tokens[i].Is("thanks") && s.IsWord(i + 1, "to") ? i + 2 : -1;
            if (after < 0) continue;
            var (helpers, noun) = HelpersAfter(c, after);
            if (helpers is null) continue;
            var helped = c.Args.SubjectOf(i, inherit: false);
            // "Ethiopia fought the TPLF with the help of Eritrea": an actor right after a verb is its object, and the help
            // goes to the verb's subject.
            if (helped is [var first, ..] && c.Cursor(first.First - 1).SkipArticlesBack().At is var verb and >= 1 && s.TriggerStartsAt(verb))
                helped = c.Args.SubjectOf(verb, inherit: false);
            if (helped is null) continue;
            var t = TriggerMention.AtWord(s, noun, RelationTypes.Support.Id, "with-help");
            c.Emit(new FrameClaims(t, RelationTypes.Support.Id, "support.with-help", 55)
            {
                Subjects = SentenceArguments.Entities(helpers),
                Objects = SentenceArguments.Entities(helped),
                Arguments = helped.Concat(helpers),
            });
        }
    }

    /// <summary>"the help of", "the support of" starting at <paramref name="k"/> (after a "with").</summary>
    public static bool HelpOfAt(Pipeline.SentenceAnalysis s, WordClasses words, int k) =>
        s.Tokens[k].Is("the") && k + 2 < s.Tokens.Count && words.Is(s.Tokens[k + 1], WordClass.HelpNoun) && s.Tokens[k + 2].Is("of");

    /// <summary>The helpers of "with the help of X" or "with X's help" / "with Russian backing" after "with", and the help noun's position.</summary>
    private static (List<EntityMention>? Helpers, int Noun) HelpersAfter(FrameContext c, int k)
    {
        var s = c.S;
        if (HelpOfAt(s, c.Words, k))
        {
            var at = c.Cursor(k + 3).SkipArticles().At;
            var m = s.MentionAt(at);
            // "of Iran's elite Revolutionary Guard Corps": the possessed head, within a few words, is the helper; with
            // no head the knowledge base knows ("Turkey's intelligence agency"), its owner stands for it.
            if (m is { Possessive: true })
                for (var j = m.Last; j < Math.Min(s.Tokens.Count, m.Last + 3); j++)
                    if (s.MentionAt(j) is { IsActor: true, Possessive: false } head) { m = head; break; }
            return m is { IsActor: true } ? (c.Args.Group(m), k + 1) : (null, 0);
        }
        // "with Moscow's help", "with Russian backing"
        // (a name's "'s" is a token of its own, between it and the noun; "its" is not)
        if (s.MentionAt(k) is { } owner && owner.Entity.Kind.IsActor() && (owner.Possessive || owner.Form == MentionForm.Adjective)
            && (s.IsWord(owner.Last, "'s") ? owner.Last + 1 : owner.Last) is var noun && noun < s.Tokens.Count && c.Words.Is(s.Tokens[noun], WordClass.HelpNoun))
            return ([owner], noun);
        return (null, 0);
    }
}

using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "Russia accounted for 56 per cent of India's arms imports", "Chinese equipment made up most of Pakistan's weapons
/// imports", "96% of Japan's arms imports came from the US", "Algeria accounted for 12 per cent of Russian arms exports":
/// a share of one party's arms trade that another party makes up. Of imports, the other party supplies the owner; of
/// exports, the owner supplies the other party. The share must be one (a number, "half", "most"), so "the value of
/// India's arms imports rose" names no supplier.
/// </summary>
public sealed class ArmsShareRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var i = 3; i < s.Tokens.Count; i++)
        {
            var imports = s.Tokens[i].Is("imports");
            if (!imports && !s.Tokens[i].Is("exports") || !c.Words.Is(s.Tokens[i - 1], WordClass.ArmsTradeWord)) continue;
            // The trade's owner right before its arms word: "India's arms imports", "Russian arms exports".
            if (OwnerBefore(c, i - 1) is not { } owner) continue;
            var of = owner.First - 1;
            if (!s.IsWord(of, "of") || ShareStart(c, of) is not { } share) continue;
            var other = SupplierBefore(c, share) ?? SourceAfter(c, i + 1);
            if (other is null || other.Any(m => m.Entity.Id == owner.Entity.Id)) continue;
            var (givers, takers) = imports ? (other, new List<EntityMention> { owner }) : ([owner], other);
            var t = TriggerMention.AtWord(s, i, RelationTypes.ArmsTransfer.Id, "arms-share");
            c.Emit(new FrameClaims(t, RelationTypes.ArmsTransfer.Id, t.Entry.RuleId, 55)
            {
                Subjects = SentenceArguments.Entities(givers),
                Objects = SentenceArguments.Entities(takers),
                Arguments = givers.Concat(takers),
            });
        }
    }

    /// <summary>The actor right before the arms word, as a demonym ("Russian arms") or a possessive ("India's arms").</summary>
    private static EntityMention? OwnerBefore(FrameContext c, int arms)
    {
        var s = c.S;
        var m = s.MentionAt(arms - 1) ?? (arms >= 2 && s.Tokens[arms - 1].Is("'s") ? s.MentionAt(arms - 2) : null);
        return m is { IsMateriel: false } && m.Entity.Kind.IsActor() && (m.Last == arms || m.Possessive && m.Last == arms - 1) ? m : null;
    }

    /// <summary>The first token of the share right before "of" ("56 per cent", "96%", "most", "about half"), or null when
    /// what precedes "of" is no share.</summary>
    private static int? ShareStart(FrameContext c, int of)
    {
        var (k, amount) = (of - 1, false);
        for (; k >= 0 && k >= of - 6; k--)
        {
            var w = c.S.Tokens[k];
            var number = w.Shape == Tokens.TokenShape.Number;
            if (number || c.Words.Is(w, WordClass.ShareWord)) amount |= number || c.Words.Is(w, WordClass.ShareNoun);
            else if (!c.Words.Is(w, WordClass.Article)) break;
        }
        return amount ? k + 1 : null;
    }

    /// <summary>The subject of a verb of making up the share right before it ("accounted for", "made up", "supplied"): an
    /// actor, or the state whose demonym the goods carry ("Chinese equipment made up …").</summary>
    private static List<EntityMention>? SupplierBefore(FrameContext c, int share)
    {
        var s = c.S;
        var verb = share - 1;
        if (verb >= 1 && (s.Tokens[verb].Is("for") || s.Tokens[verb].Is("up"))) verb--;
        if (verb < 1 || !c.Words.Is(s.Tokens[verb], WordClass.ShareVerb)) return null;
        // "Chinese equipment", "Russian weapons": a demonym with only plain words between it and the verb, before any
        // subject further back.
        for (var k = verb - 1; k >= 0 && k >= verb - 4; k--)
        {
            if (s.MentionAt(k) is { } m)
            {
                if (m.Form == MentionForm.Adjective && m.Entity.Kind.IsActor()) return [m];
                break;
            }
            if (s.Tokens[k] is not { IsWord: true, IsCapitalized: false }) break;
        }
        return c.Args.SubjectOf(verb, inherit: false);
    }

    /// <summary>"… came from the US", "… were from China": the source after the trade noun.</summary>
    private static List<EntityMention>? SourceAfter(FrameContext c, int k)
    {
        var s = c.S;
        if (k + 2 >= s.Tokens.Count || !c.Words.Is(s.Tokens[k], WordClass.ComingVerb) || !s.Tokens[k + 1].Is("from")) return null;
        return s.MentionAt(c.Cursor(k + 2).SkipArticles().At) is { IsActor: true } source ? c.Args.Group(source) : null;
    }
}

using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "The Commerce Department added six Chinese firms to its Entity List", "Japan adds Hamas to its terrorist list", "added
/// the IRGC to its list of terrorist entities": whoever adds actors to a list of sanctioned or designated parties
/// sanctions them. The list must say what it is (a word of <see cref="WordClass.SanctionListWord"/> near its noun): "added
/// Brazil to the list of guests" lists no one.
/// </summary>
public sealed class AddedToListRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var i = 1; i + 3 < s.Tokens.Count; i++)
        {
            if (!c.Words.Is(s.Tokens[i], WordClass.AddingVerb)) continue;
            var to = -1;
            for (var k = i + 1; k < Math.Min(s.Tokens.Count, i + 16) && to < 0; k++)
                if (s.Tokens[k].Is("to")) to = k;
                else if (s.HardBreakAfter[k]) break;
            if (to < 0 || ListNounAfter(c, to) is not { } list) continue;
            var added = c.Args.ObjectAfter(i + 1);
            if (added is null || added[^1].Last > to) continue;
            var adder = c.Args.SubjectOf(i, inherit: false);
            if (adder is null) continue;
            var t = TriggerMention.AtWord(s, list, RelationTypes.Sanction.Id, "added-to-list");
            c.Emit(new FrameClaims(t, RelationTypes.Sanction.Id, "sanction.added-to-list", 60)
            {
                Subjects = SentenceArguments.Entities(adder),
                Objects = SentenceArguments.Entities(added),
                Arguments = adder.Concat(added),
            });
        }
    }

    /// <summary>The list noun within a few words after "to", with a word that says what the list is right before it or a
    /// few words after ("its Entity List", "its list of terrorist entities", "a trade blacklist").</summary>
    private static int? ListNounAfter(FrameContext c, int to)
    {
        var s = c.S;
        for (var k = to + 1; k < Math.Min(s.Tokens.Count, to + 6); k++)
        {
            if (!c.Words.Is(s.Tokens[k], WordClass.ListNoun)) continue;
            for (var q = Math.Max(to + 1, k - 3); q < Math.Min(s.Tokens.Count, k + 4); q++)
                if (c.Words.Is(s.Tokens[q], WordClass.SanctionListWord)) return k;
            return null;
        }
        return null;
    }
}

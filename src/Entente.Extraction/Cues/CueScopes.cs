using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Cues;

/// <summary>
/// Which cues reach a trigger. A "next" cue reaches the triggers after it in its own clause (so
/// "hundreds, and potentially thousands, of drones" leaves the supply asserted); a "clause" cue, an adverb such as
/// "reportedly", reaches the triggers before it in its clause too ("ties between them have reportedly grown"); a "rest" cue reaches
/// everything after it; a "previous" cue the trigger just before it.
/// </summary>
public static class CueScopes
{
    public static IEnumerable<CueMention> Reaching(SentenceAnalysis s, WordClasses words, int triggerFirst, int triggerLast)
    {
        foreach (var c in s.Cues)
        {
            var reaches = c.Scope switch
            {
                CueScope.Next => c.Last <= triggerFirst && s.ClauseOf[c.First] == s.ClauseOf[triggerFirst] && (!c.Negation || triggerFirst - c.Last <= (c.Refusal ? 8 : 3))
                    && !SubordinatorBetween(s, words, c.Last, triggerFirst),
                CueScope.Clause => s.ClauseOf[c.First] == s.ClauseOf[triggerFirst]
                    && (c.Last <= triggerFirst ? !SubordinatorBetween(s, words, c.Last, triggerFirst) : !SubordinatorBetween(s, words, triggerLast, c.First)),
                CueScope.Rest => c.Last <= triggerFirst,
                _ => c.First >= triggerLast && c.First - triggerLast <= 4,
            };
            if (reaches || (c.First >= triggerFirst && c.Last <= triggerLast && c.Phase is not null)) yield return c;
        }
    }

    /// <summary>A subordinate clause ("… likely grown closer since CAR became …") is outside the main clause's hedge.</summary>
    private static bool SubordinatorBetween(SentenceAnalysis s, WordClasses words, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (words.Is(s.Tokens[k], WordClass.Subordinator)) return true;
        return false;
    }

    /// <summary>The ontology's rule: the strongest cue wins, and a hedge wins over attribution.</summary>
    public static int Strength(Certainty c) => c switch
    {
        Certainty.False => 7,
        Certainty.Denied => 6,
        Certainty.Possible => 5,
        Certainty.Likely => 4,
        Certainty.Alleged => 3,
        Certainty.Reported => 2,
        _ => 1,
    };
}

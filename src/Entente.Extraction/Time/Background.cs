using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations;

namespace Entente.Extraction.Time;

/// <summary>
/// Background and standing facts, which take no time from their context (the ontology's time section): what a noun
/// phrase presupposes ("the Iran-backed Houthis"), what the text marks as old or lasting ("has long armed",
/// "previously supplied", "for years"), what it tells before the story in the past perfect ("had supplied"), and
/// what it states in the present simple as a standing fact ("Iran arms Hezbollah").
/// </summary>
public static class Background
{
    public static bool Holds(ClaimDraft d, WordClasses words)
    {
        if (d.Presupposed) return true;
        var s = d.Sentence;
        if (MarkedBefore(s, words, d.TriggerFirst)) return true;
        // In reported speech the tenses shift: "said it had sent" tells what was done before the saying, and "says it
        // is ready" what holds as it speaks; both belong to the saying, not to the background.
        if (Attribution.AttributionScope.Covering(s, d.TriggerFirst) is not null) return false;
        return ClauseTense.Of(s, words, d.TriggerFirst) is Tense.PastPerfect or Tense.Present;
    }

    /// <summary>A marker of lasting or earlier facts in the trigger's clause before it, or "in the past", "for years", "used to".</summary>
    private static bool MarkedBefore(SentenceAnalysis s, WordClasses words, int trigger)
    {
        for (var k = NarrativeClauses.ClauseStart(s, trigger); k < trigger; k++)
        {
            if (words.Is(s.Tokens[k], WordClass.BackgroundMarker)) return true;
            if (s.Tokens[k].Is("used") && s.IsWord(k + 1, "to")) return true;
            if (s.Tokens[k].Is("for") && s.Tokens.Count > k + 1 && words.Is(s.Tokens[k + 1], WordClass.LongSpan)) return true;
            if (s.Tokens[k].Is("in") && s.IsWord(k + 1, "the") && s.IsWord(k + 2, "past") && !s.IsWord(k + 3, "week") && !s.IsWord(k + 3, "month")) return true;
        }
        return false;
    }
}

using Entente.Core.Time;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Relations;
using Entente.Extraction.Time;

namespace Entente.Extraction.Claims;

/// <summary>
/// A claim's time, after the ontology's time section: the time expression of its own clause, else the nearest one of
/// its sentence; without one, a background or standing fact takes no time, and any other clause takes the time its
/// paragraph's narrative carries into the sentence, else the news story's time when it belongs to the report's own
/// news event, else none. It reads only the draft's sentence, trigger and parties and the document's context.
/// </summary>
public static class TimeAssigner
{
    public static ClaimTime? For(ClaimDraft d, NewsStory story, WordClasses words)
    {
        if (OwnTime(d, words) is { } own) return own;
        if (Background.Holds(d, words)) return null;
        return d.Sentence.CarriedTime ?? story.TimeOf(d) ?? (SaidByItsSubject(d, story) ? story.NewsTime : null);
    }

    /// <summary>
    /// "Iran warned …", "China said it would sanction …": a party's statement about its own act is that act, made when
    /// it spoke, and a statement the report relays without a date of its own is part of the report's news.
    /// </summary>
    private static bool SaidByItsSubject(ClaimDraft d, NewsStory story)
    {
        return Attribution.AttributionScope.Covering(d.Sentence, d.TriggerFirst)?.SpeakerEntity is { } speaker && story.SameParty(speaker, d.Subject);
    }

    /// <summary>
    /// The time expression of the trigger's clause, else the nearest one of the sentence. A time inside a relative
    /// clause ("…, which was founded in 1982, …") dates only that clause, an attributive one ("the 1974 line") only its noun.
    /// </summary>
    public static ClaimTime? OwnTime(ClaimDraft d, WordClasses words)
    {
        var s = d.Sentence;
        if (s.Times.Count == 0) return null;
        var clause = s.ClauseOf[d.TriggerFirst];
        TimeMentionDistance? best = null;
        foreach (var t in s.Times)
        {
            if (!t.Dates(d.TriggerFirst)) continue;
            var sameClause = s.ClauseOf[t.First] == clause;
            if (!sameClause && NarrativeClauses.InRelativeClause(s, words, t.First)) continue;
            var distance = t.First >= d.TriggerLast ? t.First - d.TriggerLast : d.TriggerFirst - t.Last;
            var score = (sameClause ? 0 : 1000) + Math.Abs(distance);
            if (best is null || score < best.Value.Score) best = new TimeMentionDistance(t.Time, score);
        }
        return best?.Time;
    }

    private readonly record struct TimeMentionDistance(ClaimTime Time, int Score);
}

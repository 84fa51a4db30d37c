using Entente.Core.Time;
using Entente.Extraction.Relations;

namespace Entente.Extraction.Claims;

/// <summary>A claim gets the time expression of its own clause, else the nearest one of its sentence, else none.</summary>
public static class TimeAssigner
{
    public static ClaimTime? For(ClaimDraft d)
    {
        var s = d.Sentence;
        if (s.Times.Count == 0) return null;
        var clause = s.ClauseOf[d.TriggerFirst];
        TimeMentionDistance? best = null;
        foreach (var t in s.Times)
        {
            var sameClause = s.ClauseOf[t.First] == clause;
            var distance = t.First >= d.TriggerLast ? t.First - d.TriggerLast : d.TriggerFirst - t.Last;
            var score = (sameClause ? 0 : 1000) + Math.Abs(distance);
            if (best is null || score < best.Value.Score) best = new TimeMentionDistance(t.Time, score);
        }
        return best?.Time;
    }

    private readonly record struct TimeMentionDistance(ClaimTime Time, int Score);
}

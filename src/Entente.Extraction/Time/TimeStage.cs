using Entente.Core.Time;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Time;

/// <summary>
/// Finds and normalizes the time expressions of each sentence against the document's anchor date, resolves the
/// words that point back into the narrative ("the same day", "a year later") against the last time the document
/// gave before them (or its news time), and gives each sentence the time its paragraph's narrative carries into it:
/// the latest governing time of the sentences before it in the same paragraph ("In March 2023 Iran shipped drones.
/// They reached Russia." dates the second sentence).
/// </summary>
public sealed class TimeStage(TimeExpressionParser parser, AnaphoricTimes anaphora, WordClasses words) : IExtractionStage
{
    public void Run(DocumentAnalysis analysis)
    {
        ClaimTime? carried = null;
        var reached = analysis.Time.NewsTime;
        var paragraph = -1;
        List<(int First, int Last, AnaphoricTimes.Entry Entry)>? pointers = null;
        foreach (var s in analysis.EachSentence())
        {
            parser.Find(s.Tokens, analysis.Time.Anchor, s.Times);
            // A sentence with a date of its own needs no pointer back ("soon after the invasion on Feb. 24").
            if (reached is not null && s.Times.Count == 0)
            {
                anaphora.Find(s.Tokens, pointers ??= []);
                foreach (var (first, last, entry) in pointers) AddUnlessCovered(s, new TimeMention(first, last, AnaphoricTimes.Resolve(entry, reached, s.TextOf(first, last))));
            }
            if (s.Span.Paragraph != paragraph)
            {
                paragraph = s.Span.Paragraph;
                carried = null;
            }
            s.CarriedTime = carried;
            if (GoverningTime(s, words) is { } own) carried = reached = own;
        }
    }

    /// <summary>Adds a mention in token order, unless a time expression already covers its tokens.</summary>
    private static void AddUnlessCovered(SentenceAnalysis s, TimeMention m)
    {
        var at = 0;
        foreach (var t in s.Times)
        {
            if (t.First < m.Last && m.First < t.Last) return;
            if (t.First < m.First) at++;
        }
        s.Times.Insert(at, m);
    }

    /// <summary>
    /// The time a sentence passes on to the next: its last time expression outside a relative clause and not attributive,
    /// since a time inside "…, which was founded in 1982, …" dates only that clause and "the 1974 line" only the line.
    /// </summary>
    private static ClaimTime? GoverningTime(SentenceAnalysis s, WordClasses words)
    {
        for (var k = s.Times.Count - 1; k >= 0; k--)
            if (!s.Times[k].Attributive && !NarrativeClauses.InRelativeClause(s, words, s.Times[k].First)) return s.Times[k].Time;
        return null;
    }
}

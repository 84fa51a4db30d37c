using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Time;

/// <summary>
/// Finds the document's lede and dateline and settles its anchor date. The lede is the sentence with the dateline
/// when one of the first body sentences opens with one, else the first body sentence. The dateline's words name
/// where the report was filed, not who acted: its mentions are dropped ("MOSCOW (AP) - Iranian forces …").
/// </summary>
public sealed class DocumentTimeStage : IExtractionStage
{
    /// <summary>How many body sentences from the top may carry the dateline (a title or byline line can come first).</summary>
    private const int DatelineReach = 3;

    public void Run(DocumentAnalysis analysis)
    {
        var lede = -1;
        Dateline? dateline = null;
        var seen = 0;
        foreach (var s in analysis.EachSentence())
        {
            if (s.Span.IsHeading) continue;
            if (lede < 0) lede = s.Index;
            if (Dateline.Read(s.DocumentText, s.Span.Start, Math.Min(s.Span.End - s.Span.Start, 200)) is { } found)
            {
                dateline = found;
                var end = s.Span.Start + found.Length;
                for (var m = s.Mentions.Count - 1; m >= 0; m--)
                    if (s.Tokens[s.Mentions[m].First].Start < end) s.Mentions.RemoveAt(m);
                // "BEIJING, July 21. /TASS/." can be a sentence of its own: the lede is then the next one.
                lede = end >= s.Span.End && s.Index + 1 < analysis.Sentences.Count ? s.Index + 1 : s.Index;
                break;
            }
            if (++seen >= DatelineReach) break;
        }
        analysis.Time = new DocumentTime(analysis.Published ?? dateline?.Date, lede, dateline);
    }
}

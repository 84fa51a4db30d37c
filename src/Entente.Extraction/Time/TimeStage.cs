using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Time;

/// <summary>Finds and normalizes the time expressions of each sentence against the publication date.</summary>
public sealed class TimeStage(TimeExpressionParser parser) : IExtractionStage
{
    public void Run(DocumentAnalysis analysis)
    {
        foreach (var s in analysis.Sentences) parser.Find(s.Tokens, analysis.Published, s.Times);
    }
}

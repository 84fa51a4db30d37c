using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Sentences;

/// <summary>Splits the document into sentences; the first stage of every pipeline.</summary>
public sealed class SentenceStage(SentenceSplitter splitter) : IExtractionStage
{
    public void Run(DocumentAnalysis analysis)
    {
        var text = analysis.Document.Text;
        var spans = splitter.Split(text);
        for (var i = 0; i < spans.Count; i++) analysis.Sentences.Add(new SentenceAnalysis(i, spans[i], text));
    }
}

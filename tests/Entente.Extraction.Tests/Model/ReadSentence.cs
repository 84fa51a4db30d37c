using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations;
using Entente.Extraction.Relations.Model;
using Entente.Knowledge;

namespace Entente.Extraction.Tests.Model;

/// <summary>A one-sentence text read up to the rules' drafts, as the relation model's candidate finder receives it.</summary>
internal static class ReadSentence
{
    public static (SentenceAnalysis Sentence, List<ClaimDraft> Drafts, bool IsLede) Of(string text, KnowledgeBase kb)
    {
        var analysis = new DocumentAnalysis(Document.FromText(text));
        foreach (var stage in new ExtractionPipelineBuilder(kb).UseReading().Build().Stages) stage.Run(analysis);
        return RelationModelStage.SentencesWithDrafts(analysis).Single();
    }
}

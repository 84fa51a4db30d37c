namespace Entente.Extraction.Pipeline;

/// <summary>
/// One step of the extraction pipeline with one job. A stage precomputes its tables when constructed
/// (at <see cref="ExtractionPipelineBuilder.Build"/>) and keeps nothing between documents.
/// </summary>
public interface IExtractionStage
{
    void Run(DocumentAnalysis analysis);
}

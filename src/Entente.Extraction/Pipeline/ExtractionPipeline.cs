using Entente.Extraction.Documents;
using Entente.Knowledge;

namespace Entente.Extraction.Pipeline;

/// <summary>
/// The frozen extraction pipeline: stages in order, built once and shared; it holds no per-document
/// state, so one instance serves any number of documents and threads.
/// </summary>
public sealed class ExtractionPipeline : IClaimExtractor
{
    private readonly IExtractionStage[] _stages;

    internal ExtractionPipeline(IEnumerable<IExtractionStage> stages) => _stages = stages.ToArray();

    public IReadOnlyList<IExtractionStage> Stages => _stages;

    public ExtractionResult Extract(Document document) => ExtractUntil(document, CancellationToken.None);

    /// <summary>Checks <paramref name="ct"/> before each stage and, within the stages, before each sentence: a budget is kept to within one sentence's work.</summary>
    public ExtractionResult ExtractUntil(Document document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        var analysis = new DocumentAnalysis(document) { Budget = ct };
        foreach (var stage in _stages)
        {
            ct.ThrowIfCancellationRequested();
            stage.Run(analysis);
        }
        ct.ThrowIfCancellationRequested();
        var mentions = new List<Mention>();
        var fresh = new Dictionary<string, Core.Entities.Entity>(StringComparer.Ordinal);
        foreach (var s in analysis.Sentences)
            foreach (var m in s.Mentions)
            {
                var start = s.Tokens[m.First].Start;
                var end = s.Tokens[m.Last - 1].End;
                mentions.Add(new Mention(start, end, document.Text[start..end], Core.Entities.EntityRef.Of(m.Entity)));
                if (m.Entity.NeedsReview) fresh.TryAdd(m.Entity.Id, m.Entity);
            }
        return new ExtractionResult(document, analysis.Claims, mentions) { ModelDecisions = analysis.ModelDecisions, NewEntities = [.. fresh.Values] };
    }

    /// <summary>The standard English pipeline over a knowledge base.</summary>
    public static ExtractionPipeline CreateDefault(KnowledgeBase kb) => new ExtractionPipelineBuilder(kb).UseDefaults().Build();
}

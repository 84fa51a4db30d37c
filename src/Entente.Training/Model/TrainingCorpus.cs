using Entente.Evaluation;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;

namespace Entente.Training.Model;

/// <summary>The documents of one or more gold folders, each read once through the reading stages of the pipeline.</summary>
public sealed class TrainingCorpus
{
    private TrainingCorpus(IReadOnlyList<TrainingDocument> documents, IReadOnlyList<GoldCorpus> sources)
    {
        Documents = documents;
        Sources = sources;
    }

    public IReadOnlyList<TrainingDocument> Documents { get; }
    public IReadOnlyList<GoldCorpus> Sources { get; }

    /// <summary>
    /// Reads the folders in the order given (each folder's documents by name), so that the same folders give the same
    /// corpus. Each folder's gold keys are resolved with the alias table given with it.
    /// </summary>
    public static TrainingCorpus Read(IReadOnlyList<(GoldCorpus Corpus, AliasTable Aliases)> folders, KnowledgeBase kb, IProgress<string>? progress = null)
    {
        var reading = new ExtractionPipelineBuilder(kb).UseReading().Build();
        var documents = new List<TrainingDocument>();
        foreach (var (corpus, aliases) in folders)
        {
            foreach (var gold in corpus.Documents)
            {
                var analysis = new DocumentAnalysis(CorpusEvaluator.Read(gold));
                foreach (var stage in reading.Stages) stage.Run(analysis);
                documents.Add(new TrainingDocument(gold, analysis, aliases, corpus.Directory));
            }
            progress?.Report($"read {corpus.Documents.Count} documents of {corpus.Directory}");
        }
        return new TrainingCorpus(documents, [.. folders.Select(f => f.Corpus)]);
    }

    public int FoldOf(int document, int folds) => document % folds;
}

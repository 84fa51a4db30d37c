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
    /// corpus. Gold keys are resolved with <paramref name="aliases"/>, the one table the caller chose for all folders.
    /// </summary>
    public static TrainingCorpus Read(IReadOnlyList<GoldCorpus> corpora, AliasTable aliases, KnowledgeBase kb, IProgress<string>? progress = null)
    {
        var reading = new ExtractionPipelineBuilder(kb).UseReading().Build();
        var documents = new List<TrainingDocument>();
        foreach (var corpus in corpora)
        {
            foreach (var gold in corpus.Documents)
            {
                var analysis = new DocumentAnalysis(CorpusEvaluator.Read(gold));
                foreach (var stage in reading.Stages) stage.Run(analysis);
                documents.Add(new TrainingDocument(gold, analysis, aliases, corpus.Directory));
            }
            progress?.Report($"read {corpus.Documents.Count} documents of {corpus.Directory}");
        }
        return new TrainingCorpus(documents, corpora);
    }

    public int FoldOf(int document, int folds) => document % folds;
}

using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations.Model;
using Entente.Knowledge;

namespace Entente.Embeddings;

/// <summary>Prints what share of a folder's sentences (extraction's split) have a candidate pair for the relation model.</summary>
public static class CandidatesCommand
{
    public static int Run(CommandLineOptions options)
    {
        if (options.Positional.Count != 1 || !Directory.Exists(options.Positional[0]))
        {
            Console.Error.WriteLine("usage: candidates DIR");
            return 2;
        }
        var model = RelationModel.Shipped() ?? throw new InvalidOperationException("this build ships no relation model");
        var tally = new CandidateSentenceTally();
        var pipeline = new ExtractionPipelineBuilder(KnowledgeBase.Load())
            .UseReading()
            .Use(c => new CandidateCountingStage(new CandidateFinder(model.Cues, model.Contexts, c.Triggers, c.LexicalClasses, c.KnowledgeBase), tally))
            .Build();
        foreach (var file in Directory.GetFiles(options.Positional[0], "*.txt").Order(StringComparer.Ordinal))
            pipeline.Extract(Document.FromText(File.ReadAllText(file), origin: file));
        Console.WriteLine($"{tally.Sentences} sentences ({tally.Bytes} bytes); with a candidate pair: " +
            $"{tally.SentencesWithCandidates} ({100.0 * tally.SentencesWithCandidates / tally.Sentences:0.0} %) " +
            $"of {tally.BytesWithCandidates} bytes ({100.0 * tally.BytesWithCandidates / tally.Bytes:0.0} %); {tally.Candidates} candidates");
        return 0;
    }
}

using Entente.Extraction.Documents;
using Entente.Extraction.Ingest;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Readers;
using Entente.Extraction.Sentences;

namespace Entente.Evaluation;

/// <summary>
/// Runs an extractor over gold documents and scores each against its gold claims. The extractor is a
/// parameter so that any pipeline (the rules, a trained model, a held-out fold's model) is measured the same way.
/// </summary>
public sealed class CorpusEvaluator(IClaimExtractor extractor)
{
    // One table for every document scored: the splitter shows each claim in the sentence it was read from.
    private readonly SentenceSplitter _sentences = new(new Abbreviations());

    public EvaluationReport Evaluate(GoldCorpus corpus, Action<EvaluationProgress>? progress = null) =>
        Evaluate(corpus.Documents, corpus.Aliases, progress);

    /// <summary>Scores some documents (a fold, a sample) with an alias table; reports each document as it is done.</summary>
    public EvaluationReport Evaluate(IReadOnlyList<GoldDocument> documents, AliasTable aliases, Action<EvaluationProgress>? progress = null)
    {
        var scores = new List<DocumentScore>(documents.Count);
        foreach (var gold in documents)
        {
            var document = Read(gold);
            ExtractionResult result;
            try
            {
                result = extractor.Extract(document);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new EvaluationException(ExtractorFailure.Describe(gold.TextPath, e), e);
            }
            var score = GoldScorer.Score(gold, result.Claims, aliases, _sentences, document.Text);
            scores.Add(score);
            progress?.Invoke(new EvaluationProgress(scores.Count, documents.Count, score));
        }
        return new EvaluationReport(scores, aliases.Files);
    }

    /// <summary>
    /// The document extraction sees: the text file read as `entente extract NAME.txt --published DATE` reads it,
    /// with the gold's publication date over whatever the text says (the text's own when the gold has none).
    /// </summary>
    public static Document Read(GoldDocument gold)
    {
        try
        {
            return new DocumentReader(new DocumentReaderOptions { Published = gold.Published }).Read(gold.TextPath);
        }
        catch (DocumentReadException e)
        {
            throw new EvaluationException(e.Message, e);
        }
    }
}

/// <summary>One more document scored: how many of how many, and its score.</summary>
public sealed record EvaluationProgress(int Done, int Total, DocumentScore Score);

/// <summary>A document that could not be read or extracted; the message names its file.</summary>
public sealed class EvaluationException(string message, Exception inner) : Exception(message, inner);

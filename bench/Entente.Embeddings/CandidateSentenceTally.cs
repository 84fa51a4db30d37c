using System.Text;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations.Model;

namespace Entente.Embeddings;

/// <summary>
/// How many of extraction's own sentences give the relation model at least one candidate pair: the sentences an
/// embedding would be needed for if only those were embedded. Counts over however many documents it sees.
/// </summary>
public sealed class CandidateSentenceTally
{
    public int Sentences { get; private set; }
    public long Bytes { get; private set; }
    public int SentencesWithCandidates { get; private set; }
    public long BytesWithCandidates { get; private set; }
    public long Candidates { get; private set; }

    public void Add(SentenceAnalysis sentence, int candidates)
    {
        var bytes = Encoding.UTF8.GetByteCount(sentence.DocumentText.AsSpan(sentence.Span.Start, sentence.Span.End - sentence.Span.Start));
        Sentences++;
        Bytes += bytes;
        if (candidates == 0)
            return;
        SentencesWithCandidates++;
        BytesWithCandidates += bytes;
        Candidates += candidates;
    }
}

/// <summary>
/// A stage placed after the rules (where the relation model would run) that asks the model's own candidate finder, built
/// as <see cref="RelationModelStage"/> builds it, for each sentence's candidates, and tallies them.
/// </summary>
public sealed class CandidateCountingStage(CandidateFinder finder, CandidateSentenceTally tally) : IExtractionStage
{
    private readonly List<PairCandidate> _candidates = [];

    public void Run(DocumentAnalysis analysis)
    {
        foreach (var (sentence, drafts, isLede) in RelationModelStage.SentencesWithDrafts(analysis))
        {
            _candidates.Clear();
            finder.Find(finder.Facts(sentence, isLede, drafts), _candidates);
            tally.Add(sentence, _candidates.Count);
        }
    }
}

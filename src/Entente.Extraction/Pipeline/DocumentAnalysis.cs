using Entente.Core.Claims;
using Entente.Extraction.Documents;
using Entente.Extraction.Relations;
using Entente.Extraction.Time;

namespace Entente.Extraction.Pipeline;

/// <summary>The working state of one extraction run; created per document, so the frozen pipeline stays stateless.</summary>
public sealed class DocumentAnalysis(Document document)
{
    public Document Document { get; } = document;

    /// <summary>The publication date the reader or the caller gave; <see cref="Time"/> holds the anchor relative times resolve against.</summary>
    public DateOnly? Published => Document.Metadata.Published;

    /// <summary>The document's anchor date, lede and dateline, once the document time stage has run.</summary>
    public DocumentTime Time { get; set; } = DocumentTime.Unknown;

    public List<SentenceAnalysis> Sentences { get; } = [];

    /// <summary>The document's time budget, checked by the stages once per sentence: a single stage on a 49 MB line runs for minutes, so a check between stages alone let a budget of two minutes run to five.</summary>
    public CancellationToken Budget { get; init; }

    /// <summary>The sentences, in order, with the budget checked before each: how the stages walk them.</summary>
    public IEnumerable<SentenceAnalysis> EachSentence()
    {
        foreach (var s in Sentences)
        {
            Budget.ThrowIfCancellationRequested();
            yield return s;
        }
    }
    public List<ClaimDraft> Drafts { get; } = [];
    public List<Claim> Claims { get; } = [];

    /// <summary>What the relation model decided about every triple it weighed, kept or not (for explanations).</summary>
    public List<Relations.Model.TripleDecision> ModelDecisions { get; } = [];
}

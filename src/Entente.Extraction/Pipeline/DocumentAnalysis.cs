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
    public List<ClaimDraft> Drafts { get; } = [];
    public List<Claim> Claims { get; } = [];

    /// <summary>What the relation model decided about every triple it weighed, kept or not (for explanations).</summary>
    public List<Relations.Model.TripleDecision> ModelDecisions { get; } = [];
}

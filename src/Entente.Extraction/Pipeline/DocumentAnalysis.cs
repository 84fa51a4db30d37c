using Entente.Core.Claims;
using Entente.Extraction.Documents;
using Entente.Extraction.Relations;

namespace Entente.Extraction.Pipeline;

/// <summary>The working state of one extraction run; created per document, so the frozen pipeline stays stateless.</summary>
public sealed class DocumentAnalysis(Document document)
{
    public Document Document { get; } = document;

    /// <summary>The publication date relative times resolve against; null leaves them out.</summary>
    public DateOnly? Published => Document.Metadata.Published;

    public List<SentenceAnalysis> Sentences { get; } = [];
    public List<ClaimDraft> Drafts { get; } = [];
    public List<Claim> Claims { get; } = [];

    /// <summary>What the relation model decided about every triple it weighed, kept or not (for explanations).</summary>
    public List<Relations.Model.TripleDecision> ModelDecisions { get; } = [];
}

using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Extraction.Documents;

namespace Entente.Extraction.Pipeline;

/// <summary>Turns one document into claims. The frozen extraction pipeline implements it; it holds no mutable state.</summary>
public interface IClaimExtractor
{
    ExtractionResult Extract(Document document);
}

/// <summary>The claims of a document, and the entity mentions found on the way (the source reader highlights them).</summary>
public sealed record ExtractionResult(Document Document, IReadOnlyList<Claim> Claims, IReadOnlyList<Mention> Mentions)
{
    /// <summary>The relation model's decision on every triple it weighed, best first; empty without a model.</summary>
    public IReadOnlyList<Relations.Model.TripleDecision> ModelDecisions { get; init; } = [];
}

/// <summary>A span of the document's text that names an entity.</summary>
public sealed record Mention(int Start, int End, string Text, EntityRef Entity);

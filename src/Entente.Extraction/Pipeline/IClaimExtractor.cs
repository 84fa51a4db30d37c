using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Extraction.Documents;

namespace Entente.Extraction.Pipeline;

/// <summary>Turns one document into claims. The frozen extraction pipeline implements it; it holds no mutable state.</summary>
public interface IClaimExtractor
{
    ExtractionResult Extract(Document document);

    /// <summary>
    /// As <see cref="Extract(Document)"/>, giving up with <see cref="OperationCanceledException"/> once <paramref name="ct"/>
    /// is cancelled (<see cref="ExtractionBudget"/> cancels it when a document's time is up). An extractor that cannot
    /// stop part-way runs to the end. (A name of its own rather than an overload of Extract, so that callers that need
    /// no cancellation are not asked for a token.)
    /// </summary>
    ExtractionResult ExtractUntil(Document document, CancellationToken ct) => Extract(document);
}

/// <summary>The claims of a document, and the entity mentions found on the way (the source reader highlights them).</summary>
public sealed record ExtractionResult(Document Document, IReadOnlyList<Claim> Claims, IReadOnlyList<Mention> Mentions)
{
    /// <summary>The relation model's decision on every triple it weighed, best first; empty without a model.</summary>
    public IReadOnlyList<Relations.Model.TripleDecision> ModelDecisions { get; init; } = [];

    /// <summary>
    /// The entities the document named that the knowledge base lacks (<see cref="Entity.NeedsReview"/>: provisional names and
    /// unnamed collectives), whole, so that a store can keep them with the claims that name them.
    /// </summary>
    public IReadOnlyList<Entity> NewEntities { get; init; } = [];

    /// <summary>The entities the claims name, from the knowledge base or this document's new entities: what a store needs to show them.</summary>
    public IReadOnlyList<Entity> ClaimEntities(Func<string, Entity?> known)
    {
        var fresh = NewEntities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return Claims
            .SelectMany(c => new[] { c.Subject, c.Object, c.Place }.Concat(c.Materiel))
            .OfType<EntityRef>()
            .Select(r => r.Id)
            .Distinct(StringComparer.Ordinal)
            .Select(id => known(id) ?? fresh.GetValueOrDefault(id))
            .OfType<Entity>()
            .ToList();
    }
}

/// <summary>A span of the document's text that names an entity.</summary>
public sealed record Mention(int Start, int End, string Text, EntityRef Entity);

using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Core.Time;

namespace Entente.Web.Views;

/// <summary>A claim as the pages show it: its parts, its sentence and where it comes from.</summary>
public sealed record ClaimView
{
    public required string Id { get; init; }
    public required EntityRef Subject { get; init; }
    public required string Relation { get; init; }
    public required Sphere Sphere { get; init; }
    public EntityRef? Object { get; init; }
    public IReadOnlyList<EntityRef> Materiel { get; init; } = [];
    public EntityRef? Place { get; init; }
    public ClaimTime? Time { get; init; }
    public required Certainty Certainty { get; init; }
    public required Phase Phase { get; init; }
    public string? AttributedTo { get; init; }
    public required EvidenceSpan Evidence { get; init; }

    /// <summary>The whole sentence the evidence sits in; equals the evidence text when the source has no text.</summary>
    public required string Sentence { get; init; }

    public required SourceRefView Source { get; init; }

    /// <summary>Admiralty rating: source reliability letter and information credibility digit ("B2").</summary>
    public required string Rating { get; init; }

    public required string Producer { get; init; }
    public int Confidence { get; init; }
}

public sealed record SourceRefView(string Id, string Title, string? Publisher, DateOnly? Published, Reliability Reliability);

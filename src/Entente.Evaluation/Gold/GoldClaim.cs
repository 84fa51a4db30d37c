using Entente.Core.Ontology;

namespace Entente.Evaluation;

/// <summary>A (subject, relation, object) triple of gold keys.</summary>
public sealed record GoldTriple(string Subject, string Relation, string Object)
{
    public override string ToString() => $"{Subject} {Relation} {Object}";
}

/// <summary>
/// One claim an annotator found in a gold document (docs/gold-format.md): the triple in gold keys, how the
/// text holds it, the other triples and certainties that also count as finding it, and the words that say it.
/// </summary>
public sealed record GoldClaim
{
    public required string Subject { get; init; }

    /// <summary>A relation id of <see cref="RelationTypes"/>.</summary>
    public required string Relation { get; init; }

    public required string Object { get; init; }

    public Certainty Certainty { get; init; } = Certainty.Asserted;

    /// <summary>Other certainties that also count as right ("alt_cert").</summary>
    public IReadOnlyList<Certainty> AltCertainty { get; init; } = [];

    /// <summary>Other triples that also count as finding this claim ("alt").</summary>
    public IReadOnlyList<GoldTriple> Alternatives { get; init; } = [];

    /// <summary>Neither missed when absent nor false when found; never certainty- or time-scored.</summary>
    public bool Optional { get; init; }

    /// <summary>The years the claim's time must overlap, when the gold scores time.</summary>
    public (int From, int To)? Years { get; init; }

    /// <summary>The words of the text that say the claim, verbatim.</summary>
    public required string Evidence { get; init; }

    /// <summary>The offset of the evidence's first occurrence in the document's raw text.</summary>
    public required int EvidenceStart { get; init; }

    /// <summary>The materiel as the annotator wrote it ("drones", "S-300"), not a key.</summary>
    public string? Materiel { get; init; }

    public Phase Phase { get; init; } = Phase.Occurred;

    /// <summary>The gold key of the place where it happened, when the annotator gave one.</summary>
    public string? Place { get; init; }

    /// <summary>The annotator's note that another claim of the document has the same triple on purpose.</summary>
    public bool SameTripleOk { get; init; }

    /// <summary>The line of the gold file where the claim starts.</summary>
    public int Line { get; init; }

    public GoldTriple Triple => new(Subject, Relation, Object);

    /// <summary>The certainty and its alternatives: a prediction with any of them is right.</summary>
    public IEnumerable<Certainty> AcceptedCertainties => AltCertainty.Prepend(Certainty);
}

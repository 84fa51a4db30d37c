using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Core.Time;

namespace Entente.Interchange.Importing;

/// <summary>One thing read from a file: a claim, an entity the file defines, or a row it could not read.</summary>
public abstract record ImportItem(int Line);

/// <summary>
/// A claim as the file states it, with its participants still as mentions: the import runner resolves
/// them against the knowledge base and gives the claim its source, evidence and id.
/// </summary>
public sealed record ClaimRow(int Line) : ImportItem(Line)
{
    public required Mention Subject { get; init; }
    public required string Relation { get; init; }
    public Mention? Object { get; init; }
    public IReadOnlyList<Mention> Materiel { get; init; } = [];
    public Mention? Place { get; init; }
    public ClaimTime? Time { get; init; }
    public Quantity? Quantity { get; init; }
    public Certainty Certainty { get; init; } = Certainty.Asserted;
    public Phase Phase { get; init; } = Phase.Occurred;
    public int Confidence { get; init; } = 90;

    /// <summary>The row as written (or the object's JSON): the claim's evidence when no <see cref="Sentence"/> is given.</summary>
    public required string RowText { get; init; }

    /// <summary>
    /// A readable sentence the importer built from the row ("SIPRI: Russia ordered 100 …"), which becomes the claim's
    /// evidence; the row itself is then kept as the claim's <see cref="ImportCollector.RowProperty"/> property.
    /// </summary>
    public string? Sentence { get; init; }

    /// <summary>Where the row starts and ends in the decoded file text; 0 when unknown.</summary>
    public int Start { get; init; }
    public int End { get; init; }

    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The source the file cites for this claim (a STIX report naming it), stored as a source of its own so the
    /// claim keeps its original provenance and corroboration; null when the file itself is the source.
    /// </summary>
    public Source? Cited { get; init; }
}

/// <summary>An entity the file itself describes (a STIX identity, an FTM Person): it joins the knowledge base for this run.</summary>
public sealed record EntityRow(int Line, Mention Mention, IReadOnlyList<string> Aliases) : ImportItem(Line);

/// <summary>A row the importer could not read, or a reference it could not follow.</summary>
public sealed record RowError(int Line, string Reason) : ImportItem(Line);

/// <summary>A readable row that has no claim in our ontology (a GDELT event with no fitting CAMEO code).</summary>
public sealed record RowSkipped(int Line, string Reason) : ImportItem(Line);

/// <summary>
/// A name as a file gives it, with whatever identifies it further: our entity id, an ISO 3166 alpha-3
/// code, or the file's own key (a STIX id, an FTM id) for entities defined earlier in the same file.
/// </summary>
public sealed record Mention(string Name, EntityKind Kind)
{
    public string? Id { get; init; }
    public string? Iso3 { get; init; }

    /// <summary>ISO 3166 alpha-2, as FollowTheMoney writes countries ("ru"); used for states only.</summary>
    public string? Iso2 { get; init; }
    public string? FileKey { get; init; }

    /// <summary>The state an organ or group belongs to, as an ISO3 code, for new entities.</summary>
    public string? CountryIso3 { get; init; }
    public string? Category { get; init; }

    /// <summary>Other names to try when the name itself is unknown ("Houthi rebels" for "Houthi rebels (Yemen)").</summary>
    public IReadOnlyList<string> AltNames { get; init; } = [];

    public static Mention State(string name, string? iso3 = null) => new(name, EntityKind.State) { Iso3 = iso3 };
}

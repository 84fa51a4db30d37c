namespace Entente.Core.Entities;

/// <summary>
/// A named thing in the knowledge graph. Ids are stable kebab-case strings: states use their
/// lower-case ISO 3166 alpha-3 code ("rus", "irn"), everything else a slug ("irgc", "s-300").
/// The lists are never null: a null given for one (JSON that leaves it out, read with generated metadata, gives null:
/// dotnet/runtime#84484) keeps it empty.
/// </summary>
public sealed record Entity
{
    public required string Id { get; init; }
    public required EntityKind Kind { get; init; }
    public required string Name { get; init; }

    /// <summary>Other names, acronyms and transliterations that denote this entity.</summary>
    public IReadOnlyList<string> Aliases { get; init => field = value ?? []; } = [];

    /// <summary>Demonyms and adjectives that name the entity inside a phrase: "Iranian", "Russo-".</summary>
    public IReadOnlyList<string> Adjectives { get; init => field = value ?? []; } = [];

    /// <summary>Names that stand for the entity by metonymy: capitals, seats of government.</summary>
    public IReadOnlyList<string> Metonyms { get; init => field = value ?? []; } = [];

    /// <summary>Links to other entities: part-of, proxy-of, affiliate-of, located-in, origin.</summary>
    public IReadOnlyList<EntityLink> Links { get; init => field = value ?? []; } = [];

    /// <summary>ISO 3166 codes for states and territories (alpha-2, alpha-3); null elsewhere.</summary>
    public string? Iso2 { get; init; }
    public string? Iso3 { get; init; }

    /// <summary>The state an organ, group, place or materiel belongs to or comes from (an entity id).</summary>
    public string? Country { get; init; }

    /// <summary>Materiel category ("air-defence", "drone"), place type ("airbase", "region"), role text.</summary>
    public string? Category { get; init; }

    public GeoPoint? Location { get; init; }
    public string? Description { get; init; }

    /// <summary>True for entities created from unknown names during import; an analyst should review them.</summary>
    public bool NeedsReview { get; init; }

    /// <summary>Every surface form that names this entity: name, aliases, metonyms.</summary>
    public IEnumerable<string> Names()
    {
        yield return Name;
        foreach (var a in Aliases) yield return a;
        foreach (var m in Metonyms) yield return m;
    }
}

public sealed record GeoPoint(double Latitude, double Longitude);

using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Time;

namespace Entente.Core.Claims;

/// <summary>
/// One source says that a subject did something to, with or for an object. Immutable: corrections
/// are verdicts or new claims. The id is a content hash of what the claim says and where it says it.
/// The lists and <see cref="Properties"/> are never null: a null given for one (JSON that leaves it out, read with
/// generated metadata, gives null: dotnet/runtime#84484) keeps it empty.
/// </summary>
public sealed record Claim
{
    public required string Id { get; init; }
    public required string SourceId { get; init; }
    public required EntityRef Subject { get; init; }

    /// <summary>
    /// A relation id of the ontology, checked when set: a claim can only be made with a type <see cref="RelationTypes"/>
    /// knows, so every reader may ask <see cref="Type"/>. It stays the id string, so JSON and stores hold what they held.
    /// </summary>
    public required string Relation
    {
        get;
        init => field = KnownRelation(value);
    }

    /// <summary>The relation id when the ontology knows it; otherwise the error a claim gives for it.</summary>
    public static string KnownRelation(string relation) =>
        RelationTypes.IsKnown(relation) ? relation : throw new ArgumentException($"'{relation}' is not a relation type of the ontology", nameof(Relation));

    /// <summary>The object; for presence and occupation, the place.</summary>
    public EntityRef? Object { get; init; }

    public IReadOnlyList<EntityRef> Materiel { get; init => field = value ?? []; } = [];
    public EntityRef? Place { get; init; }
    public ClaimTime? Time { get; init; }
    public Quantity? Quantity { get; init; }
    public Certainty Certainty { get; init; } = Certainty.Asserted;
    public Phase Phase { get; init; } = Phase.Occurred;

    /// <summary>Who the source says made the statement ("Lapid told …"), when not the author.</summary>
    public string? AttributedTo { get; init; }

    public required EvidenceSpan Evidence { get; init; }
    public required Producer Producer { get; init; }

    /// <summary>0–100: how sure the producer is that the text says this.</summary>
    public int Confidence { get; init; } = 50;

    /// <summary>The cue words the producer saw ("reportedly", "signed", "in 2007").</summary>
    public IReadOnlyList<string> Cues { get; init => field = value ?? []; } = [];

    /// <summary>Extra facts from imports, such as a CAMEO code or a SIPRI TIV.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init => field = value ?? NoProperties; } = NoProperties;

    /// <summary>
    /// The one empty <see cref="Properties"/>, shared as the empty lists are: most claims have none, and a hub's timeline
    /// reads a hundred thousand of them.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> NoProperties = System.Collections.Frozen.FrozenDictionary<string, string>.Empty;

    [System.Text.Json.Serialization.JsonIgnore]
    public RelationType Type => RelationTypes.Get(Relation);
}

/// <summary>
/// The words that say a claim. <see cref="Start"/> and <see cref="End"/> are character offsets into the source's
/// normalized text (<see cref="Sources.Source.Text"/>), which extraction read; <see cref="OriginalStart"/> and
/// <see cref="OriginalEnd"/> are the same span in the file as read (UTF-16 offsets into its decoded text, see
/// <see cref="Sources.Source.OriginalText"/>), null when the reader keeps no map back to the file (imported rows, a web
/// page its parser reordered). <see cref="Text"/> is the words as the file has them, the original slice when there is
/// one: an analyst checking a quote against the article finds exactly these characters (curly quotes, ellipses and
/// all). A web page's slice is markup, so there <see cref="Text"/> is the normalized words and the original offsets
/// are the span of the page that covers them (see <see cref="Sources.Source.OriginalIsMarkup"/>).
/// </summary>
public sealed record EvidenceSpan(string SourceId, int Start, int End, string Text)
{
    public int? OriginalStart { get; init; }

    public int? OriginalEnd { get; init; }
}

/// <summary>
/// What made a claim: an extraction rule, the learned relation model, an importer, or an analyst. A model's claim
/// also records the model's version, its score, and the rule frames that said the same (empty when none did).
/// Any claim's <see cref="Rules"/> also names the other producers that made the same claim (see
/// <see cref="DuplicateClaims"/>); the producer is not part of the claim's id.
/// </summary>
public sealed record Producer(ProducerKind Kind, string Name)
{
    /// <summary>The version of the model that decided the claim; null for rules, importers and analysts.</summary>
    public string? Version { get; init; }

    /// <summary>The model's probability for the claim, 0 to 1; null when no model decided it.</summary>
    public double? Score { get; init; }

    /// <summary>Never null: a null given (JSON stored before rules were recorded, read with generated metadata) keeps it empty.</summary>
    public IReadOnlyList<string> Rules { get; init => field = value ?? []; } = [];

    public static Producer Rule(string id) => new(ProducerKind.Rule, id);

    /// <summary>The relation model's name is its kind, not its version, so a retrained model keeps the ids of the claims it still makes.</summary>
    public static Producer Model(string version, double score, IReadOnlyList<string> rules) =>
        new(ProducerKind.Model, "relation-model") { Version = version, Score = Math.Round(score, 4), Rules = rules };
    public static Producer Importer(string name) => new(ProducerKind.Importer, name);
    public static Producer Analyst(string name) => new(ProducerKind.Analyst, name);
}

public enum ProducerKind { Rule, Importer, Analyst, Model }

/// <summary>An amount as written ("hundreds", "2,400") with its numeric bounds where known.</summary>
public sealed record Quantity(string Text, double? Low = null, double? High = null, string? Unit = null);

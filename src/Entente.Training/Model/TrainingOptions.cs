using System.Text.Json;

namespace Entente.Training.Model;

/// <summary>How the relation model is trained. The defaults are what the shipped model was trained with.</summary>
public sealed record TrainingOptions
{
    /// <summary>Documents are split into this many folds by their order: cue tables and the document model are learned out of fold.</summary>
    public int Folds { get; init; } = 5;

    public int Seed { get; init; } = 1;

    public BoostingOptions Pair { get; init; } = new(Trees: 150, Leaves: 31, LearningRate: 0.08, MinimumLeaf: 20);

    public BoostingOptions Document { get; init; } = new(Trees: 100, Leaves: 7, LearningRate: 0.1, MinimumLeaf: 40);

    /// <summary>A triple whose best candidate the pair model scores below this is never decided (it saves the document model's time).</summary>
    public double CandidateFloor { get; init; } = 0.05;

    /// <summary>The document model's bar for triples a hand-written rule also found (see <c>RelationModel.RuleThreshold</c>).</summary>
    public double RuleThreshold { get; init; } = 0.05;

    /// <summary>Choose the rule threshold out of fold from <c>RelationModelTrainer.RuleThresholdGrid</c> instead of taking <see cref="RuleThreshold"/>.</summary>
    public bool ChooseRuleThreshold { get; init; }

    /// <summary>How the threshold is chosen from the out-of-fold sweep (see <see cref="Model.ThresholdPolicy"/>).</summary>
    public ThresholdPolicy Threshold { get; init; } = ThresholdPolicy.BestF05;

    /// <summary>A learned cue word must be seen near this many related pairs to be kept.</summary>
    public int MinimumCueSightings { get; init; } = 2;

    /// <summary>A learned cue word at least this strong for a relation makes the pair model ask about it (<c>RelationCues.AskFloor</c>).</summary>
    public float CueAskFloor { get; init; } = Extraction.Relations.Model.RelationCues.DefaultAskFloor;

    /// <summary>A context word must be seen in its slot this often to be kept.</summary>
    public int MinimumContextSightings { get; init; } = 3;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Options from a JSON config file (snake_case names, e.g. {"folds": 5, "pair": {"trees": 300, …}}); what it leaves out keeps its default.</summary>
    public static TrainingOptions FromJson(string json, string origin)
    {
        try
        {
            return JsonSerializer.Deserialize<TrainingOptions>(json, Json) ?? throw new FormatException($"{origin}: the config is null");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{origin}{(e.LineNumber is { } line ? $" line {line + 1}" : "")}: {e.Message}", e);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, new JsonSerializerOptions(Json) { WriteIndented = true });
}

/// <summary>
/// The size of a boosted tree ensemble: trees, leaves per tree, shrinkage, and the fewest examples a leaf may hold;
/// optionally the share of features each tree may split on and of examples each tree learns from (LightGBM's
/// feature and bagging fractions, 1 = all), which trade a little fit for less variance between seeds.
/// </summary>
public sealed record BoostingOptions(int Trees, int Leaves, double LearningRate, int MinimumLeaf)
{
    public double FeatureFraction { get; init; } = 1;

    public double Subsample { get; init; } = 1;

    /// <summary>
    /// How many ensembles to train, each with its own seed (the seed, the seed + 1, …), and average: their trees are
    /// interleaved with leaves divided by the count, so the margin is the mean margin. One (the default) is the plain
    /// ensemble. Averaging seeds lowers the variance between seeds that one ensemble shows on small corpora.
    /// </summary>
    public int Bags { get; init; } = 1;
}

/// <summary>How the document model's threshold is chosen out of fold.</summary>
public enum ThresholdPolicy
{
    /// <summary>
    /// The best F0.5, which weighs precision twice as much as recall: a wrong claim in an analyst's graph costs more
    /// than a missed one, which other reports often repeat.
    /// </summary>
    BestF05,

    /// <summary>The best F1.</summary>
    BestF1,

    /// <summary>The lowest threshold at which the model is at least as precise as the hand-written rules alone.</summary>
    RulesPrecision,
}

using System.Globalization;
using System.Text.Json;
using Entente.Core.Ontology;

namespace Entente.Extraction.Relations.Model;

/// <summary>
/// A trained relation model in two levels: the pair model scores each candidate (a pair of mentions in a sentence
/// and a relation) from its features and the learned cue words; the document model decides each triple of the
/// document from its candidates' scores and the prominence of its parties. Read from and written to one versioned
/// JSON file (<c>relation-model.json</c>, shipped inside the extraction assembly); writing is deterministic, so the
/// same training run gives the same bytes.
/// </summary>
public sealed class RelationModel
{
    public const string Format = "entente-relation-model/1";
    public const string ResourceName = "models/relation-model.json";

    public required string Version { get; init; }
    public required RelationCues Cues { get; init; }
    public required ContextCues Contexts { get; init; }
    public required IReadOnlyList<string> PairFeatureNames { get; init; }

    public required TreeEnsemble PairEnsemble { get; init; }
    public required IReadOnlyList<string> DocumentFeatureNames { get; init; }
    public required TreeEnsemble DocumentEnsemble { get; init; }

    /// <summary>A candidate scored below this by the pair model is no evidence for its triple.</summary>
    public required double CandidateFloor { get; init; }

    /// <summary>
    /// The pair model's early exit: a candidate whose margin after the first <see cref="ExitAfter"/> trees is below
    /// <see cref="ExitBelow"/> is scored no further (training calibrates it so that almost no candidate that would
    /// reach <see cref="CandidateFloor"/> exits). Most candidates are plainly no claim; this is where the speed comes from.
    /// </summary>
    public int ExitAfter { get; init; }

    public double ExitBelow { get; init; } = double.NegativeInfinity;

    /// <summary>The pair model's probability for a candidate, or 0 when its first trees already rule it out.</summary>
    public double PairScore(ReadOnlySpan<float> features) =>
        PairEnsemble.MarginUnlessBelow(features, ExitAfter, ExitBelow) is { } margin ? PairEnsemble.ToProbability(margin) : 0;

    /// <summary>The document model's probability at or above which a triple becomes claims.</summary>
    public required double Threshold { get; init; }

    /// <summary>
    /// The lower bar for a triple a hand-written rule also found: the rules are precise on the wordings they were
    /// written for, so the model only vetoes their drafts when it finds them unlikely.
    /// </summary>
    public required double RuleThreshold { get; init; }

    /// <summary>What the model was trained on, for the record: corpora, documents, claims, candidates.</summary>
    public IReadOnlyDictionary<string, string> Provenance { get; init; } = new Dictionary<string, string>();

    /// <summary>The same model with another bar for the triples no rule found: higher for precision, lower for recall.</summary>
    public RelationModel WithThreshold(double threshold) => new()
    {
        Version = Version,
        Cues = Cues,
        Contexts = Contexts,
        PairFeatureNames = PairFeatureNames,
        PairEnsemble = PairEnsemble,
        DocumentFeatureNames = DocumentFeatureNames,
        DocumentEnsemble = DocumentEnsemble,
        CandidateFloor = CandidateFloor,
        ExitAfter = ExitAfter,
        ExitBelow = ExitBelow,
        Threshold = threshold,
        RuleThreshold = RuleThreshold,
        Provenance = Provenance,
    };

    /// <summary>The model shipped with the extraction assembly, or null when none is (a build before the first training).</summary>
    public static RelationModel? Shipped()
    {
        using var stream = typeof(RelationModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream, ResourceName);
    }

    public static RelationModel Read(Stream stream, string origin)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{origin}: not a relation model (invalid JSON at line {e.LineNumber + 1}: {e.Message})", e);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (!root.TryGetProperty("format", out var format) || format.GetString() != Format)
                throw new FormatException($"{origin}: not a relation model of format {Format}");
            try
            {
                return Parse(root);
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
            {
                throw new FormatException($"{origin}: damaged relation model ({e.Message})", e);
            }
        }
    }

    private static RelationModel Parse(JsonElement root)
    {
        var relations = root.GetProperty("relations").EnumerateArray().Select(e => e.GetString()!).ToList();
        if (!relations.SequenceEqual(RelationTypes.All.Select(r => r.Id)))
            throw new ArgumentException("its relation types differ from the ontology's; retrain it with `entente train`");
        var cues = new Dictionary<string, CueWeight[]>(StringComparer.Ordinal);
        foreach (var cue in root.GetProperty("cues").EnumerateObject())
            cues[cue.Name] = cue.Value.EnumerateObject().Select(w => new CueWeight(RelationCues.IndexOf(w.Name), w.Value.GetSingle())).ToArray();
        var contexts = new Dictionary<string, ContextCount>(StringComparer.Ordinal);
        foreach (var c in root.GetProperty("contexts").EnumerateObject())
            contexts[c.Name] = new ContextCount(c.Value[0].GetInt32(), c.Value[1].GetInt32());
        var (pairFeatures, pair) = Level(root.GetProperty("pair"));
        var (documentFeatures, document) = Level(root.GetProperty("document"));
        return new RelationModel
        {
            Version = root.GetProperty("version").GetString()!,
            Cues = new RelationCues(cues, root.TryGetProperty("cue_ask_floor", out var floor) ? floor.GetSingle() : RelationCues.DefaultAskFloor),
            Contexts = new ContextCues(contexts, root.GetProperty("context_base_rate").GetDouble()),
            PairFeatureNames = pairFeatures,
            PairEnsemble = pair,
            DocumentFeatureNames = documentFeatures,
            DocumentEnsemble = document,
            CandidateFloor = root.GetProperty("candidate_floor").GetDouble(),
            ExitAfter = root.GetProperty("exit_after").GetInt32(),
            ExitBelow = root.GetProperty("exit_below").GetDouble(),
            Threshold = root.GetProperty("threshold").GetDouble(),
            RuleThreshold = root.GetProperty("rule_threshold").GetDouble(),
            Provenance = root.TryGetProperty("provenance", out var p) ? p.EnumerateObject().ToDictionary(x => x.Name, x => x.Value.GetString() ?? "") : new Dictionary<string, string>(),
        };
    }

    private static (List<string> Features, TreeEnsemble Ensemble) Level(JsonElement level)
    {
        var features = level.GetProperty("features").EnumerateArray().Select(e => e.GetString()!).ToList();
        var trees = level.GetProperty("trees").EnumerateArray().Select(t => new RegressionTree(
            Ints(t, "feature"), t.GetProperty("threshold").EnumerateArray().Select(x => x.GetSingle()).ToArray(),
            Ints(t, "left"), Ints(t, "right"), t.GetProperty("leaf").EnumerateArray().Select(x => x.GetDouble()).ToArray())).ToList();
        foreach (var tree in trees)
        {
            foreach (var f in tree.Feature)
                if (f < 0 || f >= features.Count) throw new ArgumentException($"a tree splits on feature {f} of {features.Count}");
            if (tree.Leaf.Length != tree.Feature.Length + 1 || tree.Left.Length != tree.Feature.Length || tree.Right.Length != tree.Feature.Length || tree.Threshold.Length != tree.Feature.Length)
                throw new ArgumentException("a tree's arrays disagree in length");
            // Scoring walks the nodes without bounds checks: every child must be a node or a leaf of its own tree.
            // and every walk must end: a node's children come after it, as LightGBM numbers them.
            for (var k = 0; k < tree.Feature.Length; k++)
                foreach (var child in new[] { tree.Left[k], tree.Right[k] })
                    if (child >= tree.Feature.Length || child >= 0 && child <= k || child < 0 && ~child >= tree.Leaf.Length)
                        throw new ArgumentException($"node {k} of a tree points to node {child}, which it cannot");
        }
        return (features, new TreeEnsemble(trees, level.GetProperty("bias").GetDouble(), level.GetProperty("sigmoid").GetDouble()));
    }

    private static int[] Ints(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(x => x.GetInt32()).ToArray();

    /// <summary>Writes the model as indented JSON with properties in a fixed order and numbers in round-trip form.</summary>
    public void Write(Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteString("version", Version);
        w.WriteStartObject("provenance");
        foreach (var (k, v) in Provenance.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteString(k, v);
        w.WriteEndObject();
        w.WriteNumber("candidate_floor", CandidateFloor);
        w.WriteNumber("exit_after", ExitAfter);
        w.WriteNumber("exit_below", ExitBelow);
        w.WriteNumber("threshold", Threshold);
        w.WriteNumber("rule_threshold", RuleThreshold);
        // Written only when it differs from the floor older models were trained with, so their files stay as they were.
        if (Cues.AskFloor != RelationCues.DefaultAskFloor) w.WriteNumber("cue_ask_floor", Cues.AskFloor);
        w.WriteStartArray("relations");
        foreach (var r in RelationTypes.All) w.WriteStringValue(r.Id);
        w.WriteEndArray();
        w.WriteStartObject("cues");
        foreach (var (stem, weights) in Cues.Entries)
        {
            w.WriteStartObject(stem);
            foreach (var cw in weights) w.WriteNumber(RelationTypes.All[cw.Relation].Id, cw.Weight);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteNumber("context_base_rate", Contexts.BaseRate);
        w.WriteStartObject("contexts");
        foreach (var (key, count) in Contexts.Entries)
        {
            w.WriteStartArray(key);
            w.WriteNumberValue(count.Seen);
            w.WriteNumberValue(count.Related);
            w.WriteEndArray();
        }
        w.WriteEndObject();
        WriteLevel(w, "pair", PairFeatureNames, PairEnsemble);
        WriteLevel(w, "document", DocumentFeatureNames, DocumentEnsemble);
        w.WriteEndObject();
    }

    private static void WriteLevel(Utf8JsonWriter w, string name, IReadOnlyList<string> features, TreeEnsemble ensemble)
    {
        w.WriteStartObject(name);
        w.WriteNumber("bias", ensemble.Bias);
        w.WriteNumber("sigmoid", ensemble.Sigmoid);
        w.WriteStartArray("features");
        foreach (var f in features) w.WriteStringValue(f);
        w.WriteEndArray();
        w.WriteStartArray("trees");
        foreach (var t in ensemble.Trees)
        {
            w.WriteStartObject();
            WriteArray(w, "feature", t.Feature.Select(x => (double)x));
            WriteArray(w, "threshold", t.Threshold.Select(x => (double)x));
            WriteArray(w, "left", t.Left.Select(x => (double)x));
            WriteArray(w, "right", t.Right.Select(x => (double)x));
            WriteArray(w, "leaf", t.Leaf);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter w, string name, IEnumerable<double> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    /// <summary>Checks that this model was trained on the features the extractor computes.</summary>
    public void CheckFeatures(FeatureLayout pair, FeatureLayout document)
    {
        Check("pair", PairFeatureNames, pair);
        Check("document", DocumentFeatureNames, document);
    }

    private void Check(string level, IReadOnlyList<string> trained, FeatureLayout computed)
    {
        if (trained.SequenceEqual(computed.Names)) return;
        var first = trained.Zip(computed.Names).Select((p, i) => (p, i)).FirstOrDefault(x => x.p.First != x.p.Second);
        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
            $"relation model {Version}: its {level} model was trained on {trained.Count} features, the extractor computes {computed.Count} (first difference at {first.i}); retrain it with `entente train`"));
    }
}

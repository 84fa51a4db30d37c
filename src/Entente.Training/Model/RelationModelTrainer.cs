using System.Globalization;
using System.Security.Cryptography;
using Entente.Evaluation;
using Entente.Extraction.Claims;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Relations;
using Entente.Extraction.Relations.Model;
using Entente.Knowledge;

namespace Entente.Training.Model;

/// <summary>What a training run measured: out of fold, every document scored by models that never saw it.</summary>
public sealed record TrainingReport(
    int Documents, int Candidates, int PositiveCandidates, int RequiredTriples, int ReachableTriples,
    TripleMetrics RulesOnly, TripleMetrics PairOnly, TripleMetrics BestF1, TripleMetrics Chosen, IReadOnlyList<TripleMetrics> Sweep,
    IReadOnlyList<RelationMetrics> PerRelation);

public sealed record TrainingResult(RelationModel Model, TrainingReport Report);

/// <summary>
/// Trains the two-level relation model on a corpus, reproducibly (documents in a fixed order, fixed seeds, one
/// thread):
/// <list type="number">
/// <item>cue tables are counted per document and summed out of fold, so every candidate's cue features come from
/// documents other than its own, as they will at extraction time;</item>
/// <item>the pair model is trained once per fold to score the held-out fold's candidates, and once on all;</item>
/// <item>the document model is trained on those out-of-fold scores, once per fold to choose the threshold with the
/// best F1 on held-out documents, and once on all.</item>
/// </list>
/// </summary>
public sealed class RelationModelTrainer(KnowledgeBase kb, TrainingOptions options)
{
    private readonly TriggerLexicon _lexicon = new();
    private readonly LexicalClasses _classes = new();
    private readonly AgentResolver _agents = new(kb);
    private readonly PairFeatures _pairFeatures = new();
    private readonly TripleFeatures _tripleFeatures = new();

    public TrainingResult Train(TrainingCorpus corpus, IProgress<string>? progress = null)
    {
        var docs = corpus.Documents;
        if (docs.Count < options.Folds) throw new ArgumentException($"{docs.Count} documents cannot be split into {options.Folds} folds");
        var empty = new CandidateFinder(RelationCues.Empty, ContextCues.Empty, _lexicon, _classes, kb);
        var counts = docs.Select(d => CueCounts.Of(d, empty, _agents, _classes)).ToList();
        progress?.Report($"counted cue words in {docs.Count} documents");

        var rows = new List<CandidateRow>();
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var finder = FinderFor(counts.Where((_, i) => Fold(i) != fold).ToList());
            for (var d = 0; d < docs.Count; d++)
                if (Fold(d) == fold) CandidateRows.Add(d, docs[d], finder, _pairFeatures, rows);
        }
        progress?.Report($"{rows.Count} candidates, {rows.Count(r => r.Label)} positive");

        var pairScores = new double[rows.Count];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var heldOut = TrainPairs(rows.Where(r => Fold(r.Document) != fold));
            for (var i = 0; i < rows.Count; i++)
                if (Fold(rows[i].Document) == fold) pairScores[i] = heldOut.Probability(rows[i].Features);
            progress?.Report($"pair model, fold {fold + 1} of {options.Folds}");
        }
        var pairModel = TrainPairs(rows);
        var (exitAfter, exitBelow) = EarlyExit(pairModel, rows);
        progress?.Report("pair model trained on all documents");

        var triples = new List<TripleRow>();
        foreach (var group in rows.Select((r, i) => (Row: r, Score: pairScores[i])).GroupBy(x => x.Row.Document))
            TripleRows.Add(group.Key, docs[group.Key], group, _tripleFeatures, _agents, options.CandidateFloor, triples);
        var tripleScores = new double[triples.Count];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var heldOut = TrainTriples(triples.Where(t => Fold(t.Document) != fold));
            for (var i = 0; i < triples.Count; i++)
                if (Fold(triples[i].Document) == fold) tripleScores[i] = heldOut.Probability(triples[i].Features);
        }
        var documentModel = TrainTriples(triples);
        progress?.Report($"document model trained on {triples.Count} triples");

        var (pairOnly, _) = TripleMetrics.Sweep(docs, rows.Select((r, i) => (r.Document, r.Key, pairScores[i])).ToList());
        // What the hand-written rules alone get on the same documents, for the report and the rules-precision policy.
        var rules = TripleMetrics.At(0.5, docs, rows.Where(r => r.Candidate.RuleDrafts.Count > 0).Select(r => (r.Document, r.Key, 1.0)).ToList());
        // The rule threshold is the option's, or, when asked, the one of a fixed grid whose chosen threshold scores best
        // out of fold by the same policy: the rules' own precision varies with the corpus, so their privilege should too.
        var ruleThresholds = options.ChooseRuleThreshold ? RuleThresholdGrid : [options.RuleThreshold];
        var (ruleThreshold, decided, bestF1, sweep, chosen) = ruleThresholds
            .Select(rt => Decide(rt, docs, triples, tripleScores, rules))
            .MaxBy(d => options.Threshold == ThresholdPolicy.BestF1 ? d.Chosen.F1 : d.Chosen.F05);
        var positives = rows.Where(r => r.Label).Select(r => (r.Document, r.Key)).ToHashSet();
        var reachable = docs.Select((d, i) => d.Required.Values.Count(m => m.Any(k => positives.Contains((i, k))))).Sum();
        var perRelation = RelationMetrics.Of(chosen.Threshold, docs, decided, positives);
        var report = new TrainingReport(docs.Count, rows.Count, rows.Count(r => r.Label), docs.Sum(d => d.Required.Count), reachable, rules, pairOnly, bestF1, chosen, sweep, perRelation);

        var model = new RelationModel
        {
            Version = "",
            Cues = CueTables.Relations(counts, options),
            Contexts = CueTables.Contexts(counts, options),
            PairFeatureNames = _pairFeatures.Layout.Names,
            PairEnsemble = pairModel,
            DocumentFeatureNames = _tripleFeatures.Layout.Names,
            DocumentEnsemble = documentModel,
            CandidateFloor = options.CandidateFloor,
            ExitAfter = exitAfter,
            ExitBelow = exitBelow,
            Threshold = chosen.Threshold,
            RuleThreshold = ruleThreshold,
            Provenance = Provenance(corpus, report),
        };
        return new TrainingResult(Versioned(model), report);
    }

    private int Fold(int document) => document % options.Folds;

    /// <summary>
    /// Where the pair model may stop early: after an eighth of its trees, below the partial margin that all but one in
    /// five hundred of the candidates that end at or above the floor (or that a rule found) exceed.
    /// </summary>
    private (int After, double Below) EarlyExit(TreeEnsemble model, IReadOnlyList<CandidateRow> rows)
    {
        var after = Math.Max(1, model.Trees.Count / 8);
        var kept = new List<double>();
        foreach (var r in rows)
        {
            if (model.Probability(r.Features) < options.CandidateFloor && r.Candidate.RuleDrafts.Count == 0) continue;
            kept.Add(model.Bias + model.Sum(r.Features, 0, after));
        }
        if (kept.Count == 0) return (0, double.NegativeInfinity);
        kept.Sort();
        return (after, Math.Round(kept[kept.Count / 500] - 0.01, 4));
    }

    /// <summary>The rule thresholds tried when the trainer chooses one.</summary>
    public static readonly double[] RuleThresholdGrid = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

    private (double RuleThreshold, List<(int Document, GoldTriple Key, double Score)> Decided, TripleMetrics BestF1, IReadOnlyList<TripleMetrics> Sweep, TripleMetrics Chosen) Decide(
        double ruleThreshold, IReadOnlyList<TrainingDocument> docs, List<TripleRow> triples, double[] tripleScores, TripleMetrics rules)
    {
        // A rule's triple passes at the rule threshold: it counts as kept at every threshold once it clears its own.
        var decided = triples.Select((t, i) => (t.Document, t.Key, t.RuleFound && tripleScores[i] >= ruleThreshold ? 1.0 : tripleScores[i])).ToList();
        var (bestF1, sweep) = TripleMetrics.Sweep(docs, decided);
        var chosen = options.Threshold switch
        {
            ThresholdPolicy.BestF1 => bestF1,
            ThresholdPolicy.RulesPrecision => sweep.Where(m => m.Precision >= rules.Precision && m.Threshold >= bestF1.Threshold).DefaultIfEmpty(sweep[^1]).First(),
            _ => sweep.MaxBy(m => m.F05)!,
        };
        return (ruleThreshold, decided, bestF1, sweep, chosen);
    }

    private CandidateFinder FinderFor(IReadOnlyList<CueCounts> counts) =>
        new(CueTables.Relations(counts, options), CueTables.Contexts(counts, options), _lexicon, _classes, kb);

    private TreeEnsemble TrainPairs(IEnumerable<CandidateRow> rows) =>
        BoostedTrees.Train(rows.Where(r => r.Trainable).Select(r => (r.Features, r.Label)), _pairFeatures.Count, options.Pair, options.Seed);

    private TreeEnsemble TrainTriples(IEnumerable<TripleRow> rows) =>
        BoostedTrees.Train(rows.Where(r => r.Trainable).Select(r => (r.Features, r.Label)), _tripleFeatures.Count, options.Document, options.Seed);

    private static Dictionary<string, string> Provenance(TrainingCorpus corpus, TrainingReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        var p = new Dictionary<string, string>
        {
            ["documents"] = report.Documents.ToString(inv),
            ["required_triples"] = report.RequiredTriples.ToString(inv),
            ["candidates"] = report.Candidates.ToString(inv),
            ["out_of_fold"] = string.Create(inv, $"P {report.Chosen.Precision:F3} R {report.Chosen.Recall:F3} F1 {report.Chosen.F1:F3} at {report.Chosen.Threshold:F2}"),
        };
        foreach (var group in corpus.Documents.GroupBy(d => d.Corpus))
            p["corpus:" + Path.GetFileName(Path.TrimEndingDirectorySeparator(group.Key))] = string.Create(inv, $"{group.Count()} documents, content {ContentHash(group)}");
        return p;
    }

    /// <summary>A digest of the documents' texts and gold files: the same corpus gives the same digest wherever it lies.</summary>
    private static string ContentHash(IEnumerable<TrainingDocument> documents)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var d in documents)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(d.Gold.Name + "\n" + d.Gold.Text + "\n"));
            sha.AppendData(File.ReadAllBytes(d.Gold.GoldPath));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    /// <summary>The model's version is a digest of everything else it holds, so it names exactly one trained model.</summary>
    private static RelationModel Versioned(RelationModel model)
    {
        using var buffer = new MemoryStream();
        model.Write(buffer);
        var digest = Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()))[..12];
        return new RelationModel
        {
            Version = "rm-" + digest,
            Cues = model.Cues,
            Contexts = model.Contexts,
            PairFeatureNames = model.PairFeatureNames,
            PairEnsemble = model.PairEnsemble,
            DocumentFeatureNames = model.DocumentFeatureNames,
            DocumentEnsemble = model.DocumentEnsemble,
            CandidateFloor = model.CandidateFloor,
            ExitAfter = model.ExitAfter,
            ExitBelow = model.ExitBelow,
            Threshold = model.Threshold,
            RuleThreshold = model.RuleThreshold,
            Provenance = model.Provenance,
        };
    }
}

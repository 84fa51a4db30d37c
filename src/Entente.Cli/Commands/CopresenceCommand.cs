using Entente.Analysis.Theaters;
using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>`entente copresence A B`: theaters where both are present or act, and whether that exceeds chance.</summary>
public sealed class CopresenceCommand : ICliCommand
{
    public string Name => "copresence";
    public string Summary => "theaters where two actors are both present, with evidence and a permutation test";
    public string Arguments => "ACTOR ACTOR";

    public IReadOnlyList<OptionSpec> Options =>
    [
        .. AnalysisQuery.FilterOptions,
        new("permutations", $"permutations for the test (default {CoPresence.DefaultPermutations})"),
        new("seed", "random seed for the test (default 1)"),
    ];

    /// <summary>Claims a table or CSV shows per theater and side; JSON gives them all.</summary>
    private const int EvidenceShown = 2;

    private static readonly Column<(SharedTheater T, string Who, Analysis.Relations.Evidence E)>[] Columns =
    [
        new("theater", x => x.T.Theater.Name + (x.T.Home ? " (home)" : "")),
        new("actor", x => x.Who),
        new("relation", x => x.E.Relation),
        new("source", x => x.E.SourceTitle ?? x.E.SourceId),
        new("evidence", x => AnalysisQuery.Shown(x.E)),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var names = new[] { args.Require(0, "the first actor"), args.Require(1, "the second actor") };
        var format = AnalysisQuery.Format(args);
        var filter = AnalysisQuery.Filter(args);
        var permutations = args.GetInt("permutations", CoPresence.DefaultPermutations);
        if (permutations < 1) throw new UsageException("--permutations must be at least 1");
        var seed = args.GetInt("seed", 1);
        var (store, kb, ids) = await AnalysisQuery.OpenAsync(args, context, names);
        CoPresenceReport r;
        await using (store)
            r = await Analysis.Graph.IndexedQueries.CoPresenceAsync(store, kb, ids[0], ids[1], filter, new Random(seed), permutations, args.Has("include-rejected"),
                evidence: format == OutputFormat.Json ? null : EvidenceShown);
        if (format == OutputFormat.Json)
        {
            AnalysisQuery.Json(context, r);
            return 0;
        }
        var w = context.Out;
        var rows = r.Theaters.SelectMany(t => t.EvidenceA.Take(EvidenceShown).Select(e => (t, who: r.A.Name, e)).Concat(t.EvidenceB.Take(EvidenceShown).Select(e => (t, who: r.B.Name, e)))).ToList();
        if (format == OutputFormat.Csv)
        {
            Output.Write(w, format, rows, Columns);
            return 0;
        }
        w.WriteLine($"{r.A.Name} — {r.B.Name}: {r.Theaters.Count} shared theaters");
        foreach (var chain in new[] { r.ChainA, r.ChainB }.Where(c => c is { Steps.Count: > 0 })) w.WriteLine("  rolled up: " + AnalysisQuery.Chain(chain));
        w.WriteLine();
        Output.Write(w, OutputFormat.Table, rows, Columns);
        w.WriteLine();
        w.WriteLine($"only {r.A.Name}: {string.Join(", ", r.OnlyA.Select(t => t.Name))}");
        w.WriteLine($"only {r.B.Name}: {string.Join(", ", r.OnlyB.Select(t => t.Name))}");
        var t = r.Test;
        w.WriteLine($"permutation test: overlap {t.Observed} away from home vs {AnalysisQuery.Num(t.Expected)} expected, p = {AnalysisQuery.Num(t.PValue)} ({t.Permutations} permutations, seed {seed}; baseline: {t.Baseline}, {t.PoolSize} theaters)");
        return 0;
    }
}

using System.Globalization;
using Entente.Cli.Framework;
using Entente.Synthetic;

namespace Entente.Cli.Commands;

/// <summary>`entente bench analysis`: whole-pipeline timings on a synthetic graph.</summary>
public sealed class BenchAnalysisCommand : ICliCommand
{
    public string Name => "bench analysis";
    public string Summary => "time the analysis pipeline on a synthetic graph (generate, ingest, snapshot, profile, path, centrality)";

    public IReadOnlyList<OptionSpec> Options =>
    [
        new("claims", "how many synthetic claims (default 100000)"),
        new("seed", "random seed (default 1)"),
        OptionSpec.Flag("store", "also write the claims to --db and read them back (the database should be new)"),
        new("kb", "an extra knowledge-base file layered over the shipped one", Repeatable: true),
        Output.FormatOption,
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = AnalysisQuery.Format(args);
        var claims = args.GetInt("claims", 100_000);
        if (claims < 1) throw new UsageException("--claims must be at least 1");
        var options = new SyntheticOptions { Claims = claims, Seed = args.GetInt("seed", 1), ClaimsPerSource = 200 };
        var kb = AnalysisQuery.Knowledge(args);
        IReadOnlyList<StageTiming> timings;
        if (args.Has("store"))
        {
            await using var store = await context.OpenOrCreateStoreAsync(args);
            timings = await PipelineBenchmark.RunAsync(kb, options, store);
        }
        else timings = await PipelineBenchmark.RunAsync(kb, options, null);
        if (format == OutputFormat.Json)
        {
            AnalysisQuery.Json(context, timings);
            return 0;
        }
        Output.Write(context.Out, format, timings, [
            new Column<StageTiming>("stage", t => t.Stage),
            new Column<StageTiming>("ms", t => t.Milliseconds.ToString("0.0", CultureInfo.InvariantCulture)),
            new Column<StageTiming>("cpu ms", t => t.CpuMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)),
            new Column<StageTiming>("detail", t => t.Detail)]);
        return 0;
    }
}

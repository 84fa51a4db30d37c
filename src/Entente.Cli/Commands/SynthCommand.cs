using System.Diagnostics;
using Entente.Cli.Framework;
using Entente.Synthetic;

namespace Entente.Cli.Commands;

/// <summary>`entente synth --claims N --db FILE`: fills a database with a synthetic claim graph for scale tests.</summary>
public sealed class SynthCommand : ICliCommand
{
    public string Name => "synth";
    public string Summary => "generate a synthetic claim graph (realistic degree distribution) into a database";

    public IReadOnlyList<OptionSpec> Options =>
    [
        new("claims", "how many claims (default 100000)"),
        new("seed", "random seed (default 1); the same seed gives the same graph"),
        new("actors", "synthetic actors beyond the knowledge base (default claims / 400)"),
        new("per-source", "claims per synthetic source (default 200)"),
        new("kb", "an extra knowledge-base file layered over the shipped one", Repeatable: true),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var claims = args.GetInt("claims", 100_000);
        if (claims < 1) throw new UsageException("--claims must be at least 1");
        var perSource = args.GetInt("per-source", 200);
        if (perSource < 1) throw new UsageException("--per-source must be at least 1");
        var options = new SyntheticOptions
        {
            Claims = claims,
            Seed = args.GetInt("seed", 1),
            Actors = args.Has("actors") ? args.GetInt("actors", 0) : null,
            ClaimsPerSource = perSource,
        };
        var kb = AnalysisQuery.Knowledge(args);
        var synth = new SyntheticGraph(kb, options);
        await using var store = await context.OpenOrCreateStoreAsync(args);
        var sw = Stopwatch.StartNew();
        var added = await PipelineBenchmark.Ingest(store, synth, synth.Documents());
        context.Out.WriteLine($"wrote {added} new claims from {(claims + perSource - 1) / perSource} sources and {synth.NewEntities.Count} synthetic actors to {store.Description} in {sw.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}

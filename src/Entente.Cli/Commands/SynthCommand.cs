using Entente.Cli.Framework;
using Entente.Storage;
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
        ProgressMeter.QuietOption,
        RunSummary.FormatOption,
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var output = RunSummary.FormatOf(args);
        var started = context.Clock.GetTimestamp();
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
        // Counted before they are written: a second run with the same seed upserts the same actors and adds none.
        var newActors = 0;
        foreach (var e in synth.NewEntities)
            if (await store.GetEntityAsync(e.Id) is null) newActors++;
        IReadOnlyList<DocumentWriteResult> written;
        using (var progress = context.Progress(args, "entente synth", "claims", claims))
            written = await PipelineBenchmark.Ingest(store, synth, synth.Documents(), n => progress.Advance(n));
        var (sources, sourcesAdded, added) = (written.Count, written.Count(w => w.Added), written.Sum(w => w.ClaimsAdded));
        var elapsed = context.Clock.GetElapsedTime(started);
        if (output == OutputFormat.Json)
            new RunSummary("synth")
            {
                Documents = new DocumentCounts(sources, sourcesAdded, sources - sourcesAdded, 0),
                Claims = new ClaimCounts(Added: added),
                Entities = new EntityCounts(newActors),
                Out = store.Description,
                ElapsedSeconds = RunSummary.Seconds(elapsed),
            }.WriteJson(context.Out);
        else
            context.Out.WriteLine($"wrote {added} new claims from {sources} sources and {synth.NewEntities.Count} synthetic actors to {store.Description} in {elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}

using Entente.Cli.Framework;
using Entente.Core.Ontology;
using Entente.Interchange.Exporting;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// entente export FORMAT --out FILE: writes the claims that pass the filters (as for 'claims list'), with analysts'
/// verdicts applied: rejected claims are left out unless <c>--include-rejected</c> (then written marked), corrected ones are written as corrected.
/// </summary>
public sealed class ExportCommand : ICliCommand
{
    public string Name => "export";
    public string Summary => "export claims: " + string.Join(", ", ExportFormats.All().Select(f => f.Name));
    public string Arguments => "FORMAT";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("out", "the file to write (required)"),
        new("actor", "only claims with this actor as subject or object (name or id: the knowledge base, then the store's entities; an unknown name is an error)", Repeatable: true),
        new("relation", "only these relation types", Repeatable: true),
        new("sphere", "only these spheres", Repeatable: true),
        CertaintyOption.Spec,
        new("from", "only claims whose time overlaps this date or later (YYYY, YYYY-MM, YYYY-MM-DD)"),
        new("to", "only claims whose time overlaps this date or earlier"),
        new("source", "only claims from these source ids", Repeatable: true),
        new("kb", "an extra knowledge-base file layered over the shipped one", Repeatable: true),
        OptionSpec.Flag("include-rejected", "write claims an analyst rejected too, marked as rejected"),
        ProgressMeter.QuietOption,
        RunSummary.FormatOption,
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var name = args.Require(0, "FORMAT (" + string.Join(", ", ExportFormats.All().Select(f => f.Name)) + ")");
        var format = ExportFormats.Find(name)
            ?? throw new UsageException($"unknown format '{name}': use one of {string.Join(", ", ExportFormats.All().Select(f => f.Name))}");
        var outPath = args.Get("out") ?? throw new UsageException("--out FILE is required");
        var summary = RunSummary.FormatOf(args);
        var started = context.Clock.GetTimestamp();
        var kb = AnalysisQuery.Knowledge(args);
        var query = ExportFilters.Query(args);
        await using var store = await context.OpenStoreAsync(args);
        var actors = args.GetAll("actor");
        if (actors.Count > 0) query = query with { Actors = [.. await ActorNames.IdsAsync(store, kb, actors)] };
        var sources = (await store.ListSourcesAsync()).ToDictionary(s => s.Id);
        var entities = kb.Entities.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var e in await store.ListEntitiesAsync()) entities.TryAdd(e.Id, e);
        var ctx = new ExportContext(context.Clock.GetUtcNow()) { Sources = sources, Entities = entities };
        var (read, count) = (0L, 0L);
        // Counting the matches costs a query of its own: only worth it when someone watches the bar or the lines.
        using var progress = context.Progress(args, "entente export", "claims", args.Has("quiet") ? null : await store.CountClaimsAsync(query));
        var latest = Analysis.Graph.EffectiveClaims.LatestByClaim(await store.ListVerdictsAsync());
        var includeRejected = args.Has("include-rejected");
        async IAsyncEnumerable<Core.Claims.Claim> Counted()
        {
            await foreach (var stored in store.QueryClaimsAsync(query))
            {
                read++;
                progress.Advance();
                if (!Analysis.Graph.EffectiveClaims.TryApply(stored, latest, out var c, includeRejected)) continue;
                count++;
                yield return c;
            }
        }
        try
        {
            await using var output = File.Create(outPath);
            await format.Exporter.WriteAsync(Counted(), ctx, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{outPath}: {e.Message}");
        }
        progress.Dispose(); // the bar leaves the terminal before the summary prints
        if (summary == OutputFormat.Json)
            new RunSummary("export")
            {
                Claims = new ClaimCounts(Read: read, Written: count),
                Out = outPath,
                Format = format.Name,
                ElapsedSeconds = RunSummary.Seconds(context.Clock.GetElapsedTime(started)),
            }.WriteJson(context.Out);
        else context.Out.WriteLine($"exported {count} claims as {format.Name} to {outPath}");
        return 0;
    }
}

/// <summary>The claim filters of export, parsed into a store query.</summary>
internal static class ExportFilters
{
    /// <summary>Every filter but the actors, which name entities and so need the store (<see cref="ActorNames"/>).</summary>
    public static ClaimQuery Query(ParsedArgs args)
    {
        var relations = args.GetAll("relation").ToList();
        foreach (var r in relations.Where(r => !RelationTypes.IsKnown(r)))
            throw new UsageException($"--relation: '{r}' is not a relation type of the ontology");
        var spheres = args.GetAll("sphere").Select(s => RelationTypes.TryParseSphere(s, out var sp) ? sp
            : throw new UsageException($"--sphere: '{s}' is not a sphere")).ToList();
        var certainties = CertaintyOption.AtLeast(args);
        return new ClaimQuery
        {
            Relations = relations,
            Spheres = spheres,
            Certainties = certainties,
            Sources = args.GetAll("source").ToList(),
            From = args.GetDate("from"),
            To = args.GetDate("to", endOfPeriod: true),
        };
    }
}

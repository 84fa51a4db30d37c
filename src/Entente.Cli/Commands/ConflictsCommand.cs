using Entente.Analysis.Conflicts;
using Entente.Analysis.Relations;
using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente conflicts [--actor X]`: claims that contradict each other — a denial beside the claims it denies, sources
/// that disagree on how many — with both sides' evidence.
/// </summary>
public sealed class ConflictsCommand : ICliCommand
{
    public string Name => "conflicts";
    public string Summary => "denials paired with the claims they deny, and sources that disagree on a fact";

    public IReadOnlyList<OptionSpec> Options => [new("actor", "only conflicts involving this actor (name or id)"), .. AnalysisQuery.FilterOptions];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        if (args.Positional.Count > 0) throw new UsageException($"conflicts takes no arguments (got '{args.Positional[0]}'); use --actor NAME");
        var format = AnalysisQuery.Format(args);
        var filter = AnalysisQuery.Filter(args);
        var names = args.Get("actor") is { } actor ? new[] { actor } : [];
        // One actor's conflicts read the claims touching it as the store lists them (all a conflict or its evidence reads of
        // a claim: parties, relation, time, certainty, materiel, quantity, words), not whole: a hub has 100,000 of them.
        var (snapshot, ids) = names.Length == 0 ? await AnalysisQuery.LoadAsync(args, context, names, whole: true) : await AnalysisQuery.LoadTimelineAsync(args, context, names);
        var conflicts = snapshot.Conflicts(filter, ids.FirstOrDefault());
        if (format == OutputFormat.Json)
        {
            AnalysisQuery.Json(context, conflicts);
            return 0;
        }
        if (format == OutputFormat.Csv)
        {
            var rows = conflicts.SelectMany(c => c.Affirming.Select(e => (C: c, Side: "affirming", E: e)).Concat(c.Contesting.Select(e => (C: c, Side: "contesting", E: e)))).ToList();
            Output.Write(context.Out, format, rows, [
                new Column<(Conflict C, string Side, Evidence E)>("subject", x => x.C.Subject.Name),
                new Column<(Conflict C, string Side, Evidence E)>("relation", x => x.C.Relation),
                new Column<(Conflict C, string Side, Evidence E)>("object", x => x.C.Object.Name),
                new Column<(Conflict C, string Side, Evidence E)>("kind", x => x.C.Kind.ToString().ToLowerInvariant()),
                new Column<(Conflict C, string Side, Evidence E)>("side", x => x.Side),
                new Column<(Conflict C, string Side, Evidence E)>("certainty", x => x.E.Certainty.ToString().ToLowerInvariant()),
                new Column<(Conflict C, string Side, Evidence E)>("reliability", x => x.E.Reliability.ToString()),
                new Column<(Conflict C, string Side, Evidence E)>("claim", x => x.E.ClaimId),
                new Column<(Conflict C, string Side, Evidence E)>("evidence", x => x.E.Text),
                new Column<(Conflict C, string Side, Evidence E)>("source", x => x.E.SourceTitle ?? x.E.SourceId)]);
            return 0;
        }
        if (conflicts.Count == 0)
        {
            context.Out.WriteLine(names.Length == 0 ? "no conflicts" : $"no conflicts involving {names[0]}");
            return 0;
        }
        foreach (var c in conflicts)
        {
            context.Out.WriteLine($"{c.Subject.Name} {c.Relation} {c.Object.Name}: {c.Kind.ToString().ToLowerInvariant()}, {c.Detail}");
            Side(context.Out, c.Kind == ConflictKind.Denial ? "affirmed" : "one says", c.Affirming);
            Side(context.Out, c.Kind == ConflictKind.Denial ? "denied" : "other says", c.Contesting);
            context.Out.WriteLine();
        }
        context.Out.WriteLine($"{conflicts.Count} conflicts");
        return 0;
    }

    private static void Side(TextWriter w, string label, IReadOnlyList<Evidence> evidence)
    {
        foreach (var e in evidence)
            w.WriteLine($"  {label,-9} {e.Certainty.ToString().ToLowerInvariant(),-8} {e.Reliability} \"{e.Text}\" — {e.SourceTitle ?? e.SourceId}{(e.Time is null ? "" : $" ({e.Time})")} [{e.ClaimId}]");
    }
}

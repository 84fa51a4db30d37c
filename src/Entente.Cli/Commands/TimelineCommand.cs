using Entente.Analysis.Timeline;
using Entente.Cli.Framework;
using Entente.Core.Ontology;
using Entente.Core.Time;

namespace Entente.Cli.Commands;

/// <summary>`entente timeline ACTOR [ACTOR]`: claims in event-time order, optionally as reported by a date.</summary>
public sealed class TimelineCommand : ICliCommand
{
    public string Name => "timeline";
    public string Summary => "claims about an actor or a pair in event-time order (--as-of: what had been reported by then)";
    public string Arguments => "ACTOR [ACTOR]";
    public IReadOnlyList<OptionSpec> Options => [.. AnalysisQuery.FilterOptions, new("as-of", "keep only claims from sources published by this date (YYYY-MM-DD)")];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var names = args.Positional.Take(2).ToList();
        if (names.Count == 0) throw new UsageException("missing an actor");
        var format = AnalysisQuery.Format(args);
        var filter = AnalysisQuery.Filter(args);
        var asOf = args.GetDate("as-of", endOfPeriod: true);
        var (store, kb, ids) = await AnalysisQuery.OpenAsync(args, context, names);
        TimelineReport t;
        await using (store)
            t = await ListedTimeline.BuildAsync(store, kb, ids[0], ids.Length > 1 ? ids[1] : null, asOf, filter, args.Has("include-rejected"));
        if (format == OutputFormat.Json)
        {
            AnalysisQuery.Json(context, t);
            return 0;
        }
        // A table of a hub's timeline computes each cell twice for a hundred thousand rows: the names of values and the few
        // thousand publication dates are made once each, not per cell.
        var dates = new Dictionary<DateOnly, string>();
        Output.Write(context.Out, format, t.Entries, [
            new Column<TimelineEntry>("when", e => e.From is null ? "undated" : e.Evidence.Time ?? $"{AnalysisQuery.Date(e.From)}..{AnalysisQuery.Date(e.To)}"),
            new Column<TimelineEntry>("precision", e => e.Precision is { } p ? ClaimTime.PrecisionId(p) : ""),
            new Column<TimelineEntry>("claim", e => $"{e.Subject.Name} {e.Relation} {e.Object?.Name}{(e.Place is null ? "" : " in " + e.Place.Name)}"),
            new Column<TimelineEntry>("certainty", e => e.Certainty.ToId()),
            new Column<TimelineEntry>("reported", e => Date(dates, e.Evidence.Published)),
            new Column<TimelineEntry>("evidence", e => AnalysisQuery.Shown(e.Evidence))]);
        return 0;
    }

    private static string Date(Dictionary<DateOnly, string> made, DateOnly? date)
    {
        if (date is not { } d) return "";
        if (!made.TryGetValue(d, out var text)) made[d] = text = AnalysisQuery.Date(d);
        return text;
    }
}

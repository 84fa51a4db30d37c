using Entente.Analysis.Timeline;
using Entente.Cli.Framework;

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
        if (format == OutputFormat.Table) TableWriter.Write(context.Out, t.Entries.Count, i => TimelineRow.At(t.Entries, i), TimelineTable.Columns);
        else Output.Write(context.Out, format, t.Entries, TimelineTable.Cells());
        return 0;
    }
}

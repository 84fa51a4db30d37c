using System.Globalization;
using Entente.Analysis.Network;
using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>`entente centrality`: degree, betweenness and PageRank of every actor.</summary>
public sealed class CentralityCommand : ICliCommand
{
    public string Name => "centrality";
    public string Summary => "degree, betweenness (Brandes) and PageRank of the actors";
    public IReadOnlyList<OptionSpec> Options => [.. AnalysisQuery.FilterOptions, new("limit", "at most this many actors (default 25)")];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = AnalysisQuery.Format(args);
        var filter = AnalysisQuery.Filter(args);
        // --limit, as in relations, path and claims list; it was --top here alone.
        var top = args.GetInt("limit", 25);
        if (top < 1) throw new UsageException("--limit must be at least 1");
        var (store, kb, _) = await AnalysisQuery.OpenAsync(args, context, []);
        List<CentralityScore> scores;
        await using (store)
            scores = (await Analysis.Graph.IndexedQueries.CentralityAsync(store, kb, filter, args.Has("include-rejected"))).Take(top).ToList();
        if (format == OutputFormat.Json)
        {
            AnalysisQuery.Json(context, scores);
            return 0;
        }
        Output.Write(context.Out, format, scores, [
            new Column<CentralityScore>("actor", s => s.Actor.Name),
            new Column<CentralityScore>("degree", s => s.Degree.ToString(CultureInfo.InvariantCulture)),
            new Column<CentralityScore>("betweenness", s => AnalysisQuery.Num(s.Betweenness)),
            new Column<CentralityScore>("normalized", s => s.BetweennessNormalized.ToString("0.0000", CultureInfo.InvariantCulture)),
            new Column<CentralityScore>("pagerank", s => s.PageRank.ToString("0.0000", CultureInfo.InvariantCulture))]);
        return 0;
    }
}

using System.Globalization;
using Entente.Analysis.Network;
using Entente.Analysis.Relations;
using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>`entente path A B`: how two actors connect, hop by hop, with the sentence behind each hop.</summary>
public sealed class PathCommand : ICliCommand
{
    public string Name => "path";
    public string Summary => "paths between two actors up to a length, with the evidence of each hop";
    public string Arguments => "ACTOR ACTOR";

    public IReadOnlyList<OptionSpec> Options =>
    [
        .. AnalysisQuery.FilterOptions,
        new("max-length", "longest path in hops (default 3)"),
        new("limit", "most paths to show (default 10)"),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var names = new[] { args.Require(0, "the first actor"), args.Require(1, "the second actor") };
        var format = AnalysisQuery.Format(args);
        var filter = AnalysisQuery.Filter(args);
        var length = args.GetInt("max-length", 3);
        var limit = args.GetInt("limit", 10);
        if (length is < 1 or > 6) throw new UsageException("--max-length must be between 1 and 6");
        if (limit < 1) throw new UsageException("--limit must be at least 1");
        var (store, kb, ids) = await AnalysisQuery.OpenAsync(args, context, names);
        IReadOnlyList<ActorPath> paths;
        Analysis.Graph.ClaimGraph graph;
        await using (store)
            (paths, graph) = await Analysis.Graph.IndexedQueries.PathsAsync(store, kb, ids[0], ids[1], length, filter, limit, args.Has("include-rejected"));
        if (format == OutputFormat.Json)
        {
            AnalysisQuery.Json(context, paths);
            return 0;
        }
        if (format == OutputFormat.Csv)
        {
            var hops = paths.SelectMany((p, i) => p.Hops.SelectMany((h, j) => h.Relations.Take(3).Select(r => (Path: i + 1, Hop: j + 1, R: r)))).ToList();
            Output.Write(context.Out, format, hops, [
                new Column<(int Path, int Hop, Relation R)>("path", x => x.Path.ToString(CultureInfo.InvariantCulture)),
                new Column<(int Path, int Hop, Relation R)>("hop", x => x.Hop.ToString(CultureInfo.InvariantCulture)),
                new Column<(int Path, int Hop, Relation R)>("subject", x => x.R.Subject.Name),
                new Column<(int Path, int Hop, Relation R)>("relation", x => x.R.Type),
                new Column<(int Path, int Hop, Relation R)>("object", x => x.R.Object.Name),
                new Column<(int Path, int Hop, Relation R)>("rating", x => x.R.Admiralty),
                new Column<(int Path, int Hop, Relation R)>("conf", x => x.R.Confidence.ToString(CultureInfo.InvariantCulture)),
                new Column<(int Path, int Hop, Relation R)>("evidence", x => AnalysisQuery.Shown(x.R)),
                new Column<(int Path, int Hop, Relation R)>("source", x => x.R.TopEvidence.SourceTitle ?? x.R.TopEvidence.SourceId)]);
            return 0;
        }
        if (paths.Count == 0)
        {
            context.Out.WriteLine($"no path of at most {length} hops between {graph.Entities.Name(ids[0])} and {graph.Entities.Name(ids[1])}");
            return 0;
        }
        foreach (var (p, i) in paths.Select((p, i) => (p, i)))
        {
            context.Out.WriteLine($"{i + 1}. {string.Join(" → ", p.Actors.Select(a => a.Name))} ({p.Length} hop{(p.Length == 1 ? "" : "s")})");
            foreach (var hop in p.Hops)
                foreach (var r in hop.Relations.Take(3))
                    context.Out.WriteLine($"   {r.Subject.Name} {r.Type} {r.Object.Name} [{r.Admiralty}, {r.Confidence}]: \"{AnalysisQuery.Shown(r)}\" — {r.TopEvidence.SourceTitle ?? r.TopEvidence.SourceId}");
        }
        return 0;
    }
}

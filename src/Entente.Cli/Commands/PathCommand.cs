using Entente.Analysis.Network;
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
        var (snapshot, ids) = await AnalysisQuery.LoadAsync(args, context, names, whole: true);
        var paths = snapshot.Paths(ids[0], ids[1], length, filter, limit);
        if (format == OutputFormat.Json)
        {
            AnalysisQuery.Json(context, paths);
            return 0;
        }
        if (paths.Count == 0)
        {
            context.Out.WriteLine($"no path of at most {length} hops between {snapshot.Graph.Entities.Name(ids[0])} and {snapshot.Graph.Entities.Name(ids[1])}");
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

using System.Globalization;
using Entente.Analysis.Network;
using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>`entente communities`: modularity communities of actors over cooperative ties (Louvain, seeded).</summary>
public sealed class CommunitiesCommand : ICliCommand
{
    public string Name => "communities";
    public string Summary => "communities of actors by modularity over cooperative ties (Louvain, seeded)";
    public IReadOnlyList<OptionSpec> Options =>
    [
        .. AnalysisQuery.FilterOptions,
        new("seed", "random seed (default 1)"),
        new("min-size", "smallest community to show (default 2)"),
        new("resolution", "modularity resolution; above 1 gives smaller communities (default 1)"),
        new("restarts", $"Louvain runs to take the best of (default {Communities.DefaultRestarts})"),
        OptionSpec.Flag("include-hostile", "count hostile relations (attacks, sanctions …) as ties too"),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = AnalysisQuery.Format(args);
        var filter = AnalysisQuery.Filter(args);
        var seed = args.GetInt("seed", 1);
        var min = args.GetInt("min-size", 2);
        var options = new CommunityOptions
        {
            IncludeHostile = args.Has("include-hostile"),
            Resolution = Resolution(args),
            Restarts = args.GetInt("restarts", Communities.DefaultRestarts),
        };
        if (options.Restarts < 1) throw new UsageException("--restarts takes a whole number of at least 1");
        var (snapshot, _) = await AnalysisQuery.LoadAsync(args, context, [], whole: true);
        var communities = snapshot.Communities(filter, new Random(seed), options).Where(c => c.Members.Count >= min).ToList();
        if (format == OutputFormat.Json)
        {
            AnalysisQuery.Json(context, communities);
            return 0;
        }
        Output.Write(context.Out, format, communities, [
            new Column<Community>("id", c => c.Id.ToString(CultureInfo.InvariantCulture)),
            new Column<Community>("size", c => c.Members.Count.ToString(CultureInfo.InvariantCulture)),
            new Column<Community>("members", c => string.Join(", ", c.Members.Select(m => m.Name)))]);
        return 0;
    }

    private static double Resolution(ParsedArgs args)
    {
        var v = args.Get("resolution");
        if (v is null) return 1.0;
        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r > 0
            ? r
            : throw new UsageException($"--resolution takes a positive number, not '{v}'");
    }
}

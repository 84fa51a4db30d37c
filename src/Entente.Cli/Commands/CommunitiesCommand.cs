using System.Globalization;
using Entente.Analysis.Network;
using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>`entente communities`: clusters of actors by label propagation.</summary>
public sealed class CommunitiesCommand : ICliCommand
{
    public string Name => "communities";
    public string Summary => "communities of actors (label propagation, seeded)";
    public IReadOnlyList<OptionSpec> Options => [.. AnalysisQuery.FilterOptions, new("seed", "random seed (default 1)"), new("min-size", "smallest community to show (default 2)")];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = AnalysisQuery.Format(args);
        var filter = AnalysisQuery.Filter(args);
        var seed = args.GetInt("seed", 1);
        var min = args.GetInt("min-size", 2);
        var (snapshot, _) = await AnalysisQuery.LoadAsync(args, context, [], whole: true);
        var communities = snapshot.Communities(filter, new Random(seed)).Where(c => c.Members.Count >= min).ToList();
        if (format == OutputFormat.Json)
        {
            AnalysisQuery.Json(context, communities);
            return 0;
        }
        Output.Write(context.Out, OutputFormat.Table, communities, [
            new Column<Community>("id", c => c.Id.ToString(CultureInfo.InvariantCulture)),
            new Column<Community>("size", c => c.Members.Count.ToString(CultureInfo.InvariantCulture)),
            new Column<Community>("members", c => string.Join(", ", c.Members.Select(m => m.Name)))]);
        return 0;
    }
}

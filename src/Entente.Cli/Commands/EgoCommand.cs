using System.Globalization;
using Entente.Analysis.Network;
using Entente.Analysis.Relations;
using Entente.Cli.Framework;
using Entente.Core.Entities;

namespace Entente.Cli.Commands;

/// <summary>`entente ego ACTOR --depth k`: the actors within k hops and the relations among them.</summary>
public sealed class EgoCommand : ICliCommand
{
    public string Name => "ego";
    public string Summary => "the ego network of an actor to a depth, with filters";
    public string Arguments => "ACTOR";
    public IReadOnlyList<OptionSpec> Options => [.. AnalysisQuery.FilterOptions, new("depth", "hops from the actor (default 1)")];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var name = args.Require(0, "an actor");
        var format = AnalysisQuery.Format(args);
        var filter = AnalysisQuery.Filter(args);
        var depth = args.GetInt("depth", 1);
        if (depth is < 1 or > 4) throw new UsageException("--depth must be between 1 and 4");
        var (snapshot, ids) = await AnalysisQuery.LoadAsync(args, context, [name], whole: true);
        var ego = snapshot.Ego(ids[0], depth, filter);
        if (format == OutputFormat.Json)
        {
            AnalysisQuery.Json(context, ego);
            return 0;
        }
        // CSV holds one table, so it gives the actors with their ids; the relations among them are `relations --format csv`.
        Output.Write(context.Out, format, ego.Nodes, [
            new Column<EgoNode>("actor", n => n.Actor.Name),
            .. format == OutputFormat.Csv ? [new Column<EgoNode>("id", n => n.Actor.Id)] : Array.Empty<Column<EgoNode>>(),
            new Column<EgoNode>("kind", n => n.Actor.Kind.ToId()),
            new Column<EgoNode>("hops", n => n.Distance.ToString(CultureInfo.InvariantCulture)),
            new Column<EgoNode>("degree", n => n.Degree.ToString(CultureInfo.InvariantCulture))]);
        if (format == OutputFormat.Csv) return 0;
        context.Out.WriteLine();
        Output.Write(context.Out, OutputFormat.Table, ego.Relations, [
            new Column<Relation>("subject", r => r.Subject.Name),
            new Column<Relation>("relation", r => r.Type),
            new Column<Relation>("object", r => r.Object.Name),
            new Column<Relation>("rating", r => r.Admiralty),
            new Column<Relation>("conf", r => r.Confidence.ToString(CultureInfo.InvariantCulture)),
            new Column<Relation>("evidence", r => AnalysisQuery.Shown(r))]);
        return 0;
    }
}

using Entente.Analysis.Network;
using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>`entente shared-clients A B`: actors both patrons arm, fund or back, or that are client of both.</summary>
public sealed class SharedClientsCommand : ICliCommand
{
    public string Name => "shared-clients";
    public string Summary => "actors two patrons both back (arms, support, regime support, client-of)";
    public string Arguments => "PATRON PATRON";
    public IReadOnlyList<OptionSpec> Options => AnalysisQuery.FilterOptions;

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var names = new[] { args.Require(0, "the first patron"), args.Require(1, "the second patron") };
        var format = AnalysisQuery.Format(args);
        var filter = AnalysisQuery.Filter(args);
        var (snapshot, ids) = await AnalysisQuery.LoadAsync(args, context, names, whole: false);
        var shared = snapshot.SharedClients(ids[0], ids[1], filter);
        if (format == OutputFormat.Json)
        {
            AnalysisQuery.Json(context, shared);
            return 0;
        }
        var (a, b) = (snapshot.Graph.Entities.Name(snapshot.Graph.Counted(ids[0], filter.Rollup)), snapshot.Graph.Entities.Name(snapshot.Graph.Counted(ids[1], filter.Rollup)));
        Output.Write(context.Out, format, shared, [
            new Column<SharedClient>("client", s => s.Client.Name),
            new Column<SharedClient>("from " + a, s => string.Join(", ", s.FromA.Select(r => r.Type).Distinct())),
            new Column<SharedClient>("from " + b, s => string.Join(", ", s.FromB.Select(r => r.Type).Distinct())),
            new Column<SharedClient>("evidence", s => AnalysisQuery.Shown(s.FromA[0]) + " / " + AnalysisQuery.Shown(s.FromB[0]))]);
        return 0;
    }
}

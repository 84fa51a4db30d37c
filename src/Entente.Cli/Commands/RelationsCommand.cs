using System.Globalization;
using Entente.Analysis.Relations;
using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>`entente relations [ACTOR]`: claims grouped into rated relations, each marked when its claims are contested (`entente conflicts`).</summary>
public sealed class RelationsCommand : ICliCommand
{
    public string Name => "relations";
    public string Summary => "relations built from claims, with corroboration, Admiralty rating and confidence";
    public string Arguments => "[ACTOR]";
    public IReadOnlyList<OptionSpec> Options => [.. AnalysisQuery.FilterOptions, new("limit", "most relations to show (default 50)")];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = AnalysisQuery.Format(args);
        var filter = AnalysisQuery.Filter(args);
        var limit = args.GetInt("limit", 50);
        var names = args.Positional.Take(1).ToList();
        var (snapshot, ids) = await AnalysisQuery.LoadAsync(args, context, names, whole: names.Count == 0);
        var relations = snapshot.Relations(filter, ids.FirstOrDefault()).Take(limit).ToList();
        if (format == OutputFormat.Json)
        {
            AnalysisQuery.Json(context, relations);
            return 0;
        }
        Output.Write(context.Out, format, relations, [
            new Column<Relation>("subject", r => r.Subject.Name),
            new Column<Relation>("relation", r => r.Type),
            new Column<Relation>("object", r => r.Object.Name),
            new Column<Relation>("rating", r => r.Admiralty),
            new Column<Relation>("conf", r => r.Confidence.ToString(CultureInfo.InvariantCulture)),
            new Column<Relation>("claims", r => r.Claims.ToString(CultureInfo.InvariantCulture)),
            new Column<Relation>("indep", r => r.IndependentSources.ToString(CultureInfo.InvariantCulture)),
            new Column<Relation>("time", r => r.First is null ? "" : $"{r.First.Value.Year}–{r.Last!.Value.Year}"),
            new Column<Relation>("contested", r => r.Contested ? "contested" : ""),
            new Column<Relation>("evidence", r => AnalysisQuery.Shown(r))]);
        return 0;
    }
}

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
        var relations = names.Count == 0 ? await AllAsync(args, context, filter, limit) : await OfAsync(args, context, names[0], filter, limit);
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

    private static async Task<List<Relation>> AllAsync(ParsedArgs args, CliContext context, Analysis.Graph.AnalysisFilter filter, int limit)
    {
        var (snapshot, _) = await AnalysisQuery.LoadAsync(args, context, [], whole: true);
        return snapshot.Relations(filter).Take(limit).ToList();
    }

    /// <summary>One actor's first relations, rating only those that could be among them (<see cref="IndexedRelations"/>).</summary>
    private static async Task<List<Relation>> OfAsync(ParsedArgs args, CliContext context, string name, Analysis.Graph.AnalysisFilter filter, int limit)
    {
        var (store, kb, ids) = await AnalysisQuery.OpenAsync(args, context, [name]);
        await using (store)
            return [.. await IndexedRelations.TopAsync(store, kb, ids[0], filter, limit, args.Has("include-rejected"))];
    }
}

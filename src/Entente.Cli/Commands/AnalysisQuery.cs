using Entente.Analysis.Graph;
using Entente.Cli.Framework;
using Entente.Core.Ontology;
using Entente.Core.Serialization;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>What the analysis commands share: their filter options and loading a snapshot around the actors they name (<see cref="ActorNames"/>).</summary>
internal static class AnalysisQuery
{
    /// <summary>The flag every read path shares: claims analysts rejected are shown, marked, instead of left out.</summary>
    public static readonly OptionSpec IncludeRejected = OptionSpec.Flag("include-rejected", "count claims an analyst rejected too, marked [rejected]");

    public static readonly OptionSpec[] FilterOptions =
    [
        new("sphere", "only these spheres (military, technology, economic, diplomatic, political, structural, hostile)", Repeatable: true),
        CertaintyOption.Spec,
        new("from", "only claims whose time overlaps this date or later (YYYY, YYYY-MM, YYYY-MM-DD)"),
        new("to", "only claims whose time overlaps this date or earlier"),
        OptionSpec.Flag("rollup", "count organs and proxies as their sponsor (IRGC → Iran, Wagner → Russia)"),
        new("kb", "an extra knowledge-base file layered over the shipped one", Repeatable: true),
        IncludeRejected,
        Output.FormatOption,
    ];


    public static OutputFormat Format(ParsedArgs args) => Output.Format(args);

    public static AnalysisFilter Filter(ParsedArgs args)
    {
        var spheres = args.GetAll("sphere").Select(s => RelationTypes.TryParseSphere(s, out var sp) ? sp
            : throw new UsageException($"--sphere: '{s}' is not a sphere ({string.Join(", ", Enum.GetNames<Sphere>().Select(n => n.ToLowerInvariant()))})")).ToList();
        var certainty = CertaintyOption.Floor(args);
        return new AnalysisFilter
        {
            Spheres = spheres,
            MinCertainty = certainty,
            From = args.GetDate("from"),
            To = args.GetDate("to", endOfPeriod: true),
            Rollup = args.Has("rollup"),
        };
    }

    public static KnowledgeBase Knowledge(ParsedArgs args)
    {
        try
        {
            return KnowledgeBase.Load(args.GetAll("kb"));
        }
        catch (Exception e) when (e is KnowledgeException or KnowledgeValidationException)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>Resolves the actors, then loads what the question needs: only their claims when <paramref name="whole"/> is false.</summary>
    public static async Task<(GraphSnapshot Snapshot, string[] Actors)> LoadAsync(ParsedArgs args, CliContext context, IReadOnlyList<string> names, bool whole)
    {
        var kb = Knowledge(args);
        await using var store = await context.OpenStoreAsync(args);
        var ids = new string[names.Count];
        for (var i = 0; i < names.Count; i++) ids[i] = await ActorNames.IdAsync(store, kb, names[i]);
        var includeRejected = args.Has("include-rejected");
        var snapshot = whole || ids.Length == 0
            ? await GraphSnapshot.LoadAsync(store, kb, new SnapshotOptions { IncludeRejected = includeRejected })
            : await GraphSnapshot.LoadAroundAsync(store, kb, ids, args.Has("rollup"), includeRejected: includeRejected);
        return (snapshot, ids);
    }

    /// <summary>Resolves the actors and loads the claims touching them as the store lists them, for an actor's conflicts.</summary>
    public static async Task<(GraphSnapshot Snapshot, string[] Actors)> LoadTimelineAsync(ParsedArgs args, CliContext context, IReadOnlyList<string> names)
    {
        var kb = Knowledge(args);
        await using var store = await context.OpenStoreAsync(args);
        var ids = new string[names.Count];
        for (var i = 0; i < names.Count; i++) ids[i] = await ActorNames.IdAsync(store, kb, names[i]);
        return (await GraphSnapshot.LoadForTimelineAsync(store, kb, ids, args.Has("rollup"), includeRejected: args.Has("include-rejected")), ids);
    }

    /// <summary>
    /// Opens the store and resolves the actors for a whole-graph question answered from the store's indexes
    /// (<see cref="IndexedQueries"/>): nothing is loaded until the question asks.
    /// </summary>
    public static async Task<(IEntenteStore Store, KnowledgeBase Kb, string[] Actors)> OpenAsync(ParsedArgs args, CliContext context, IReadOnlyList<string> names)
    {
        var kb = Knowledge(args);
        var store = await context.OpenStoreAsync(args);
        try
        {
            var ids = new string[names.Count];
            for (var i = 0; i < names.Count; i++) ids[i] = await ActorNames.IdAsync(store, kb, names[i]);
            return (store, kb, ids);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>Resolves the pair and loads only what their profile under this filter needs.</summary>
    public static async Task<(GraphSnapshot Snapshot, string[] Actors)> LoadPairAsync(ParsedArgs args, CliContext context, string a, string b, AnalysisFilter filter)
    {
        var kb = Knowledge(args);
        await using var store = await context.OpenStoreAsync(args);
        var ids = new[] { await ActorNames.IdAsync(store, kb, a), await ActorNames.IdAsync(store, kb, b) };
        return (await GraphSnapshot.LoadForProfileAsync(store, kb, ids[0], ids[1], filter, includeRejected: args.Has("include-rejected")), ids);
    }

    public static void Json<T>(CliContext context, T value) => context.Out.WriteLine(CliJson.SerializeIndented(value));

    public static string Chain(Analysis.Rollup.RollupChain? chain) =>
        chain is null || chain.Steps.Count == 0 ? "" : string.Join(" ", chain.Steps.Select((s, i) => (i == 0 ? s.From.Name : "") + $" —{s.Link}→ {s.To.Name}"));

    /// <summary>Evidence as a table shows it: marked when an analyst rejected its claim.</summary>
    public static string Shown(Analysis.Relations.Evidence e) => e.Rejected ? "[rejected] " + e.Text : e.Text;

    /// <summary>A relation's top evidence as a table shows it: marked with how many of its claims analysts rejected.</summary>
    public static string Shown(Analysis.Relations.Relation r) =>
        (r.Rejected == 0 ? "" : r.Rejected == r.Claims ? "[rejected] " : $"[{r.Rejected} of {r.Claims} rejected] ") + r.TopEvidence.Text;

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public static string Num(double d) => d.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}

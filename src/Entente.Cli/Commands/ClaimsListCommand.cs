using System.Globalization;
using Entente.Cli.Framework;
using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// Lists stored claims, every filter answered by the database, ordered by time, with analysts' verdicts applied as
/// every read path applies them: a rejected claim is left out (shown marked with <c>--include-rejected</c>), a
/// corrected one shows as its correction.
/// </summary>
public sealed class ClaimsListCommand : ICliCommand
{
    public string Name => "claims list";
    public string Summary => "list stored claims, filtered by actor, relation, sphere, certainty, time or source";

    public IReadOnlyList<OptionSpec> Options =>
    [
        new("actor", "an entity id or name, as subject or object (repeatable, or comma-separated): the knowledge base, then the store's entities", Repeatable: true),
        new("relation", "a relation type such as arms-transfer (repeatable)", Repeatable: true),
        new("sphere", "military, technology, economic, diplomatic, political, structural or hostile (repeatable)", Repeatable: true),
        CertaintyOption.Spec,
        new("from", "keep claims whose time reaches this date or later: YYYY, YYYY-MM or YYYY-MM-DD"),
        new("to", "keep claims whose time starts by the end of this period: YYYY, YYYY-MM or YYYY-MM-DD"),
        new("source", "a source id (repeatable)", Repeatable: true),
        new("limit", "at most this many claims (default 100)"),
        OptionSpec.Flag("include-rejected", "show claims an analyst rejected too, marked in a verdict column"),
        new("kb", "an extra knowledge-base file layered over the shipped one", Repeatable: true),
        Output.FormatOption,
    ];

    private static readonly Column<Claim>[] Columns =
    [
        new("subject", c => c.Subject.Name),
        new("relation", c => c.Relation),
        new("object", c => c.Object?.Name),
        new("certainty", c => c.Certainty.ToId()),
        new("time", c => c.Time is null ? null : c.Time.From == c.Time.To ? Day(c.Time.From) : Day(c.Time.From) + "/" + Day(c.Time.To)),
        new("source", c => c.SourceId),
        new("evidence", c => c.Evidence.Text),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = Output.Format(args);
        var limit = args.GetInt("limit", 100);
        if (limit < 1) throw new UsageException($"--limit must be at least 1, not {limit}");
        var query = new ClaimQuery
        {
            Relations = args.GetAll("relation").Select(Relation).ToList(),
            Spheres = args.GetAll("sphere").Select(Sphere).ToList(),
            Certainties = CertaintyOption.AtLeast(args),
            From = args.GetDate("from"),
            To = args.GetDate("to", endOfPeriod: true),
            Sources = args.GetAll("source"),
            Limit = limit,
        };
        await using var store = await context.OpenStoreAsync(args);
        var actors = args.GetAll("actor");
        if (actors.Count > 0) query = query with { Actors = [.. await ActorNames.IdsAsync(store, AnalysisQuery.Knowledge(args), actors)] };
        var claims = new List<Claim>();
        await foreach (var claim in store.QueryClaimsAsync(query)) claims.Add(claim);
        var latest = Analysis.Graph.EffectiveClaims.LatestByClaim(await store.ListVerdictsAsync());
        var includeRejected = args.Has("include-rejected");
        var shown = new List<Claim>(claims.Count);
        foreach (var c in claims)
            if (Analysis.Graph.EffectiveClaims.TryApply(c, latest, out var effective, includeRejected)) shown.Add(effective);
        // With rejected claims shown, the latest verdict on each claim stands beside it (a correction shows as corrected).
        var corrections = latest.Values.Where(v => v.Correction is not null).Select(v => v.Correction!.Id).ToHashSet(StringComparer.Ordinal);
        Column<Claim> verdict = new("verdict", c => latest.TryGetValue(c.Id, out var v) ? v.Kind.ToString().ToLowerInvariant()
            : corrections.Contains(c.Id) ? "correct" : null);
        Output.Write(context.Out, format, shown, includeRejected ? [.. Columns, verdict] : Columns);
        if (claims.Count == limit && await store.CountClaimsAsync(query) is var total && total > limit)
            context.Err.WriteLine($"showing the first {limit} of {total} claims; raise --limit or narrow the filters");
        return 0;
    }

    private static string Relation(string id) => RelationTypes.IsKnown(id)
        ? id
        : throw new UsageException($"--relation: '{id}' is not a relation type; known: {string.Join(", ", RelationTypes.All.Select(t => t.Id))}");

    private static Sphere Sphere(string id) => RelationTypes.TryParseSphere(id, out var s)
        ? s
        : throw new UsageException($"--sphere: '{id}' is not a sphere; use military, technology, economic, diplomatic, political, structural or hostile");

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using Entente.Core.Claims;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Analysis.Graph;

public sealed partial class GraphSnapshot
{
    /// <summary>
    /// What the store knew about these actors at the end of <paramref name="asOf"/>: claims from sources published by
    /// then (a source without a publication date cannot show it was, so it drops out) and the verdicts given by then.
    /// Without a date, everything stored about them. Enough for their profile, relations, timeline and brief.
    /// </summary>
    public static async Task<GraphSnapshot> LoadKnownByAsync(IEntenteStore store, KnowledgeBase kb, IReadOnlyCollection<string> actors, DateOnly? asOf, CancellationToken ct = default)
    {
        if (asOf is null) return await LoadAroundAsync(store, kb, actors, rollup: false, ct);
        var cutoff = KnownBy(asOf.Value);
        var sources = (await store.ListSourcesAsync(false, ct)).Where(s => s.Published is { } p && p <= asOf).ToList();
        var published = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var verdicts = (await store.ListVerdictsAsync(null, ct)).Where(v => v.At < cutoff).ToList();
        var claims = new List<Claim>();
        await foreach (var c in store.QueryClaimsAsync(new ClaimQuery { Actors = actors }, ct))
            if (published.Contains(c.SourceId)) claims.Add(c);
        return new GraphSnapshot(ClaimGraph.Build(claims, verdicts, sources, kb, await store.ListEntitiesAsync(ct)));
    }

    /// <summary>The first instant after <paramref name="asOf"/> (UTC): a judgement given before it was known on that date.</summary>
    public static DateTimeOffset KnownBy(DateOnly asOf) => new(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}

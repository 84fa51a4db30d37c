using Entente.Analysis.Graph;
using Entente.Analysis.Relations;
using Entente.Core.Claims;
using Entente.Core.Entities;

namespace Entente.Analysis.Theaters;

/// <summary>A theater where both actors are present or act, with the claims that put each there.</summary>
public sealed record SharedTheater(EntityRef Theater, bool Home, IReadOnlyList<Evidence> EvidenceA, IReadOnlyList<Evidence> EvidenceB);

public sealed record CoPresenceReport(
    EntityRef A,
    EntityRef B,
    Rollup.RollupChain? ChainA,
    Rollup.RollupChain? ChainB,
    IReadOnlyList<SharedTheater> Theaters,
    IReadOnlyList<EntityRef> OnlyA,
    IReadOnlyList<EntityRef> OnlyB,
    PermutationResult Test);

/// <summary>
/// Theaters where two actors are both present, and a permutation test of whether that overlap exceeds
/// chance. The test leaves out the two actors' home countries (their dealings with each other would
/// put both there trivially) and uses every other theater any actor is seen in as the pool.
/// </summary>
public static class CoPresence
{
    public const int DefaultPermutations = 2000;

    public static CoPresenceReport Analyze(ClaimGraph g, string a, string b, AnalysisFilter filter, Random random, int permutations = DefaultPermutations)
    {
        var (ca, cb) = (g.Counted(a, filter.Rollup), g.Counted(b, filter.Rollup));
        var footprints = new TheaterLocator(g).Footprints(g.All(filter));
        return Report(g, a, b, filter.Rollup,
            footprints.ToDictionary(kv => kv.Key, kv => (IReadOnlyCollection<string>)kv.Value.Keys, StringComparer.OrdinalIgnoreCase),
            ClaimsOf(footprints, ca), ClaimsOf(footprints, cb), random, permutations);
    }

    private static Dictionary<string, List<Claim>> ClaimsOf(Dictionary<string, Dictionary<string, List<ActedClaim>>> footprints, string actor) =>
        footprints.TryGetValue(actor, out var theaters)
            ? theaters.ToDictionary(kv => kv.Key, kv => kv.Value.ConvertAll(x => x.Claim), StringComparer.OrdinalIgnoreCase)
            : new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The report from every actor's footprint (its theaters) and the claims that put a and b (as counted) in each of
    /// theirs; only the theaters both share need their claims, the others may map to empty lists.
    /// </summary>
    /// <param name="counted">When the lists hold only the first claims to cite, how many claims each side has in a theater (a or b's id, theater).</param>
    public static CoPresenceReport Report(ClaimGraph g, string a, string b, bool rollup, IReadOnlyDictionary<string, IReadOnlyCollection<string>> footprints,
        IReadOnlyDictionary<string, List<Claim>> fa, IReadOnlyDictionary<string, List<Claim>> fb, Random random, int permutations,
        Func<bool, string, int>? counted = null)
    {
        var (ca, cb) = (g.Counted(a, rollup), g.Counted(b, rollup));
        var homes = new HashSet<string>(new[] { g.Entities.CountryOf(ca), g.Entities.CountryOf(cb) }.OfType<string>(), StringComparer.OrdinalIgnoreCase);
        counted ??= (isA, t) => (isA ? fa : fb)[t].Count;

        var shared = fa.Keys.Where(fb.ContainsKey)
            .Select(t => (Shared: new SharedTheater(g.Entities.Ref(t), homes.Contains(t), Cite(fa[t], g), Cite(fb[t], g)), Claims: counted(true, t) + counted(false, t)))
            .OrderBy(x => x.Shared.Home).ThenByDescending(x => x.Claims).ThenBy(x => x.Shared.Theater.Name, StringComparer.Ordinal)
            .Select(x => x.Shared).ToList();

        var pool = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var theaters in footprints.Values)
            foreach (var t in theaters.Where(t => !homes.Contains(t)))
                pool[t] = pool.GetValueOrDefault(t) + 1;
        var awayA = fa.Keys.Count(t => !homes.Contains(t));
        var awayB = fb.Keys.Count(t => !homes.Contains(t));
        var test = PermutationTest.Overlap(awayA, awayB, shared.Count(s => !s.Home), pool, permutations, random,
            $"theaters of all {footprints.Count} actors with a located claim, weighted by actors present, home countries of the pair left out");

        return new CoPresenceReport(g.Entities.Ref(ca), g.Entities.Ref(cb),
            rollup ? g.Rollup.Chain(a) : null, rollup ? g.Rollup.Chain(b) : null,
            shared,
            fa.Keys.Where(t => !fb.ContainsKey(t)).Select(g.Entities.Ref).OrderBy(r => r.Name, StringComparer.Ordinal).ToList(),
            fb.Keys.Where(t => !fa.ContainsKey(t)).Select(g.Entities.Ref).OrderBy(r => r.Name, StringComparer.Ordinal).ToList(),
            test);
    }

    private static List<Evidence> Cite(List<Claim> claims, ClaimGraph g) =>
        claims.OrderBy(c => c.Certainty).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => Evidence.Of(c, g)).ToList();
}

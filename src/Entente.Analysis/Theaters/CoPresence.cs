using Entente.Analysis.Graph;
using Entente.Analysis.Relations;
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
        var locator = new TheaterLocator(g);
        var footprints = locator.Footprints(g.All(filter));
        var fa = footprints.GetValueOrDefault(ca) ?? [];
        var fb = footprints.GetValueOrDefault(cb) ?? [];
        var homes = new HashSet<string>(new[] { g.Entities.CountryOf(ca), g.Entities.CountryOf(cb) }.OfType<string>(), StringComparer.OrdinalIgnoreCase);

        var shared = fa.Keys.Where(fb.ContainsKey)
            .Select(t => new SharedTheater(g.Entities.Ref(t), homes.Contains(t), Cite(fa[t], g), Cite(fb[t], g)))
            .OrderBy(s => s.Home).ThenByDescending(s => s.EvidenceA.Count + s.EvidenceB.Count).ThenBy(s => s.Theater.Name, StringComparer.Ordinal)
            .ToList();

        var pool = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var theaters in footprints.Values)
            foreach (var t in theaters.Keys.Where(t => !homes.Contains(t)))
                pool[t] = pool.GetValueOrDefault(t) + 1;
        var awayA = fa.Keys.Count(t => !homes.Contains(t));
        var awayB = fb.Keys.Count(t => !homes.Contains(t));
        var test = PermutationTest.Overlap(awayA, awayB, shared.Count(s => !s.Home), pool, permutations, random,
            $"theaters of all {footprints.Count} actors with a located claim, weighted by actors present, home countries of the pair left out");

        return new CoPresenceReport(g.Entities.Ref(ca), g.Entities.Ref(cb),
            filter.Rollup ? g.Rollup.Chain(a) : null, filter.Rollup ? g.Rollup.Chain(b) : null,
            shared,
            fa.Keys.Where(t => !fb.ContainsKey(t)).Select(g.Entities.Ref).OrderBy(r => r.Name, StringComparer.Ordinal).ToList(),
            fb.Keys.Where(t => !fa.ContainsKey(t)).Select(g.Entities.Ref).OrderBy(r => r.Name, StringComparer.Ordinal).ToList(),
            test);
    }

    private static List<Evidence> Cite(List<ActedClaim> claims, ClaimGraph g) =>
        claims.Select(c => c.Claim).OrderBy(c => c.Certainty).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => Evidence.Of(c, g)).ToList();
}

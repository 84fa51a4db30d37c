using Entente.Analysis.Relations;
using Entente.Core.Entities;
using Entente.Core.Ontology;

namespace Entente.Analysis.Network;

public sealed record Community(int Id, IReadOnlyList<EntityRef> Members);

/// <summary>How communities are found: which ties count, the modularity resolution, and how many Louvain runs to take the best of.</summary>
public sealed record CommunityOptions
{
    /// <summary>Count attacks, sanctions and other hostile relations as ties; off, enemies do not share a community for fighting.</summary>
    public bool IncludeHostile { get; init; }

    /// <summary>γ in modularity: above 1 favours smaller communities, below 1 larger ones.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>Louvain runs from different visit orders; the partition of highest modularity wins.</summary>
    public int Restarts { get; init; } = Communities.DefaultRestarts;

    public static readonly CommunityOptions Default = new();
}

/// <summary>
/// Communities of actors by modularity over weighted ties. Two actors are tied by each affirmed relation between
/// them whose type is cooperative (hostile ones too when asked), weighted by its independent sources times its
/// confidence, so a corroborated, well-sourced alliance binds harder than one passing mention. Louvain depends on
/// its visit order; taking the best of several runs (ties in modularity going to the partition that lists first)
/// makes the answer the same for different seeds on all but finely balanced graphs.
/// </summary>
public static class Communities
{
    // Modularities this close are the same partition quality; the choice between them must not hang on rounding.
    private const double SameQuality = 1e-9;

    public const int DefaultRestarts = 10;

    public static WeightedGraph Ties(ActorNetwork net, IEnumerable<Relation> relations, bool includeHostile)
    {
        var pairs = new List<(int, int, double)>();
        foreach (var r in relations)
        {
            if (!r.Affirmed || !RelationTypes.TryGet(r.Type, out var type) || (type.Hostile && !includeHostile)) continue;
            if (net.IndexOf(r.Subject.Id) is not { } a || net.IndexOf(r.Object.Id) is not { } b) continue;
            pairs.Add((a, b, Weight(r)));
        }
        return WeightedGraph.From(net.Count, pairs);
    }

    /// <summary>Independent sources × confidence (0–1): the corroborated strength of one relation.</summary>
    public static double Weight(Relation r) => r.IndependentSources * r.Confidence / 100.0;

    /// <summary>The community index of each node: the best of <paramref name="restarts"/> Louvain runs seeded from <paramref name="random"/>.</summary>
    public static int[] Partition(WeightedGraph g, Random random, int restarts, double resolution)
    {
        int[]? best = null;
        var bestQ = double.NegativeInfinity;
        for (var run = 0; run < Math.Max(1, restarts); run++)
        {
            var p = Louvain.Partition(g, new Random(random.Next()), resolution);
            var q = g.Modularity(p, resolution);
            if (best is null || q > bestQ + SameQuality || (q >= bestQ - SameQuality && Precedes(p, best)))
                (best, bestQ) = (p, Math.Max(q, bestQ));
        }
        return best!;
    }

    private static bool Precedes(int[] a, int[] b)
    {
        for (var i = 0; i < a.Length; i++)
            if (a[i] != b[i]) return a[i] < b[i];
        return false;
    }
}

using Entente.Analysis.Graph;
using Entente.Analysis.Relations;
using Entente.Core.Entities;

namespace Entente.Analysis.Network;

/// <summary>An actor two patrons both back, with the relations through which each does.</summary>
public sealed record SharedClient(EntityRef Client, IReadOnlyList<Relation> FromA, IReadOnlyList<Relation> FromB);

/// <summary>
/// Clients of two patrons: actors that receive arms, support, regime support, funding, troops, training
/// or protection from both, or are called client (or proxy) of both.
/// </summary>
public static class SharedClients
{
    /// <summary>Types where the object is the one backed.</summary>
    public static readonly IReadOnlySet<string> Backing = new HashSet<string>
    {
        "arms-transfer", "support", "regime-support", "funding", "personnel-deployment", "training", "protection", "coup-support",
    };

    /// <summary>Types where the subject is the client.</summary>
    public static readonly IReadOnlySet<string> ClientOf = new HashSet<string> { "client-of", "proxy-of" };

    public static IReadOnlyList<SharedClient> Of(ClaimGraph g, string a, string b, AnalysisFilter filter)
    {
        var (ca, cb) = (g.Counted(a, filter.Rollup), g.Counted(b, filter.Rollup));
        var ofA = ClientsOf(g, ca, filter);
        var ofB = ClientsOf(g, cb, filter);
        return ofA.Keys.Where(ofB.ContainsKey)
            .Where(c => !ClaimGraph.Same(c, ca) && !ClaimGraph.Same(c, cb))
            .Select(c => new SharedClient(g.Entities.Ref(c), RelationBuilder.Build(ofA[c], g), RelationBuilder.Build(ofB[c], g)))
            .OrderByDescending(s => s.FromA.Sum(r => r.Confidence) + s.FromB.Sum(r => r.Confidence))
            .ThenBy(s => s.Client.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The names of the shared clients of two counted actors, most backed first, from each one's claim count per client.</summary>
    public static IReadOnlyList<string> Names(ClaimGraph g, string ca, string cb, IReadOnlyDictionary<string, int> ofA, IReadOnlyDictionary<string, int> ofB, int max) =>
        ofA.Keys.Where(c => ofB.ContainsKey(c) && !ClaimGraph.Same(c, ca) && !ClaimGraph.Same(c, cb))
            .OrderByDescending(c => ofA[c] + ofB[c]).ThenBy(c => c, StringComparer.Ordinal)
            .Take(max).Select(g.Entities.Name).ToList();

    private static Dictionary<string, List<ActedClaim>> ClientsOf(ClaimGraph g, string patron, AnalysisFilter filter)
    {
        var clients = new Dictionary<string, List<ActedClaim>>(StringComparer.OrdinalIgnoreCase);
        foreach (var x in g.Touching(patron, filter))
        {
            if (x.Object is null || !AnalysisFilter.IsAffirmative(x.Claim.Certainty)) continue;
            string? client = null;
            if (Backing.Contains(x.Claim.Relation) && ClaimGraph.Same(x.Subject, patron)) client = x.Object;
            else if (ClientOf.Contains(x.Claim.Relation) && ClaimGraph.Same(x.Object, patron)) client = x.Subject;
            if (client is null || !g.Entities.Kind(client).IsActor()) continue;
            if (!clients.TryGetValue(client, out var list)) clients[client] = list = [];
            list.Add(x);
        }
        return clients;
    }
}

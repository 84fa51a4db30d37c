using Entente.Analysis.Graph;
using Entente.Analysis.Relations;
using Entente.Core.Entities;
using Entente.Core.Ontology;

namespace Entente.Analysis.Network;

/// <summary>An actor two patrons both back, with the relations through which each does.</summary>
public sealed record SharedClient(EntityRef Client, IReadOnlyList<Relation> FromA, IReadOnlyList<Relation> FromB);

/// <summary>
/// Clients of two patrons: actors that receive arms, support, regime support, funding, troops, training
/// or protection from both, or are called client (or proxy) of both: the backing and client types of the ontology.
/// </summary>
public static class SharedClients
{
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
            if (RelationTypes.InGroup(x.Claim.Relation, RelationGroups.Backing) && ClaimGraph.Same(x.Subject, patron)) client = x.Object;
            else if (RelationTypes.InGroup(x.Claim.Relation, RelationGroups.Client) && ClaimGraph.Same(x.Object, patron)) client = x.Subject;
            if (client is null || !g.Entities.Kind(client).IsActor()) continue;
            if (!clients.TryGetValue(client, out var list)) clients[client] = list = [];
            list.Add(x);
        }
        return clients;
    }
}

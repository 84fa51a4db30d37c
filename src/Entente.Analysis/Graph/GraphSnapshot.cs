using Entente.Analysis.Network;
using Entente.Analysis.Profile;
using Entente.Analysis.Relations;
using Entente.Analysis.Theaters;
using Entente.Analysis.Timeline;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Analysis.Graph;

/// <summary>
/// The analysis API: load once from any store, then ask. Every answer is a record that serializes with
/// EntenteJson. Actor arguments are entity ids (resolve names with <see cref="Resolve"/>). The actor
/// network for unfiltered queries is built once per roll-up setting and reused.
/// </summary>
public sealed partial class GraphSnapshot
{
    private readonly Lazy<ActorNetwork> _network;
    private readonly Lazy<ActorNetwork> _rolledNetwork;
    private readonly ActorFactsCache _facts;

    /// <param name="facts">Actor facts gathered at load time, for a snapshot that holds only a pair's claims.</param>
    public GraphSnapshot(ClaimGraph graph, PreparedFacts? facts = null)
    {
        Graph = graph;
        _network = new(() => ActorNetwork.Build(graph, graph.All(AnalysisFilter.None)));
        _rolledNetwork = new(() => ActorNetwork.Build(graph, graph.All(new AnalysisFilter { Rollup = true })));
        _facts = new ActorFactsCache(graph, facts);
    }

    public ClaimGraph Graph { get; }

    /// <summary>An entity id or any of its names, through the knowledge base and then the entities the claims name.</summary>
    public EntityRef? Resolve(string idOrName)
    {
        if (Graph.Entities.Knowledge.Resolve(idOrName) is { } e) return EntityRef.Of(e);
        if (Graph.Entities.Get(idOrName) is { } stored) return EntityRef.Of(stored);
        var r = Graph.Entities.Ref(idOrName);
        return r.Name != r.Id || Graph.Claims.Any(c => ClaimGraph.Same(c.Subject.Id, idOrName) || ClaimGraph.Same(c.Object?.Id, idOrName)) ? r : null;
    }

    public IReadOnlyList<Relation> Relations(AnalysisFilter filter, string? actor = null) =>
        RelationBuilder.Build(actor is null ? Graph.All(filter) : Graph.Touching(actor, filter), Graph);

    /// <summary>Claims that contradict each other, all of them or those touching one actor (see <see cref="Conflicts.ConflictFinder"/>).</summary>
    public IReadOnlyList<Conflicts.Conflict> Conflicts(AnalysisFilter filter, string? actor = null) =>
        Analysis.Conflicts.ConflictFinder.Find(actor is null ? Graph.All(filter) : Graph.Touching(actor, filter), Graph);

    public AllianceProfile Profile(string a, string b, AnalysisFilter? filter = null) =>
        AllianceProfiler.Build(Graph, a, b, filter ?? AnalysisFilter.None, _facts);

    public CoPresenceReport CoPresence(string a, string b, AnalysisFilter? filter = null, Random? random = null, int permutations = Theaters.CoPresence.DefaultPermutations) =>
        Theaters.CoPresence.Analyze(Graph, a, b, filter ?? AnalysisFilter.None, random ?? new Random(1), permutations);

    public EgoReport Ego(string actor, int depth, AnalysisFilter? filter = null) =>
        EgoNetwork.Around(Graph, NetworkFor(filter ?? AnalysisFilter.None), actor, depth, filter ?? AnalysisFilter.None);

    public IReadOnlyList<ActorPath> Paths(string a, string b, int maxLength, AnalysisFilter? filter = null, int maxPaths = 10) =>
        PathFinder.Find(Graph, NetworkFor(filter ?? AnalysisFilter.None), a, b, maxLength, filter ?? AnalysisFilter.None, maxPaths);

    public IReadOnlyList<CentralityScore> Centrality(AnalysisFilter? filter = null) =>
        Network.Centrality.Scores(NetworkFor(filter ?? AnalysisFilter.None), Graph.Entities.Ref);

    /// <summary>Modularity communities over cooperative ties (see <see cref="Network.Communities"/>), largest first.</summary>
    public IReadOnlyList<Community> Communities(AnalysisFilter? filter = null, Random? random = null, CommunityOptions? options = null)
    {
        filter ??= AnalysisFilter.None;
        options ??= CommunityOptions.Default;
        var net = NetworkFor(filter);
        var ties = Network.Communities.Ties(net, Relations(filter), options.IncludeHostile);
        var labels = Network.Communities.Partition(ties, random ?? new Random(1), options.Restarts, options.Resolution);
        return Enumerable.Range(0, net.Count).GroupBy(i => labels[i])
            .Select(grp => grp.Select(i => Graph.Entities.Ref(net.Ids[i])).OrderBy(r => r.Name, StringComparer.Ordinal).ToList())
            .OrderByDescending(m => m.Count).ThenBy(m => m[0].Name, StringComparer.Ordinal)
            .Select((m, i) => new Community(i + 1, m)).ToList();
    }

    public IReadOnlyList<SharedClient> SharedClients(string a, string b, AnalysisFilter? filter = null) =>
        Network.SharedClients.Of(Graph, a, b, filter ?? AnalysisFilter.None);

    public TimelineReport Timeline(string actor, string? other = null, DateOnly? asOf = null, AnalysisFilter? filter = null) =>
        TimelineBuilder.Build(Graph, actor, other, asOf, filter ?? AnalysisFilter.None);

    /// <summary>The cached network when the filter only sets roll-up; otherwise one built for the filter.</summary>
    public ActorNetwork NetworkFor(AnalysisFilter filter) =>
        !filter.NarrowsClaims ? (filter.Rollup ? _rolledNetwork.Value : _network.Value) : ActorNetwork.Build(Graph, Graph.All(filter));
}

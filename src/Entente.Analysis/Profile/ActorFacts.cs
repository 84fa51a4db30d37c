using System.Collections.Concurrent;
using Entente.Analysis.Graph;
using Entente.Analysis.Network;
using Entente.Analysis.Theaters;
using Entente.Core.Claims;
using Entente.Core.Entities;

namespace Entente.Analysis.Profile;

/// <summary>A dated claim of someone pressing, sanctioning or interdicting an actor: who, and the years it covers.</summary>
public readonly record struct Pressure(string By, int FromYear, int ToYear);

/// <summary>
/// What an alliance profile needs about one actor beyond the claims between the pair: the theaters where it is
/// present or acts, the clients it backs (with how many claims), and the dated pressure others put on it.
/// Gathered from the claims touching the actor, by the same rules as co-presence, shared clients and persistence.
/// </summary>
public sealed class ActorFacts
{
    private readonly HashSet<string> _theaters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _clients = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Pressure> _pressures = [];

    public IReadOnlySet<string> Theaters => _theaters;

    /// <summary>Each actor this one backs (or that calls itself its client or proxy), with the number of affirmative claims saying so.</summary>
    public IReadOnlyDictionary<string, int> Clients => _clients;

    public IReadOnlyList<Pressure> Pressures => _pressures;

    /// <summary>The facts of <paramref name="actor"/> from claims that include every claim touching it (others are ignored).</summary>
    public static ActorFacts Gather(ClaimGraph g, string actor, IEnumerable<ActedClaim> claims) =>
        Gather(g, actor, claims.Select(x => new ActedOutline(ClaimOutline.Of(x.Claim), x.Subject, x.Object)));

    /// <summary>The same from outlines, which carry everything the facts depend on.</summary>
    public static ActorFacts Gather(ClaimGraph g, string actor, IEnumerable<ActedOutline> claims)
    {
        var facts = new ActorFacts();
        var locator = new TheaterLocator(g);
        var isActor = g.Entities.Kind(actor).IsActor();
        foreach (var x in claims)
        {
            var c = x.Claim;
            if (!AnalysisFilter.IsAffirmative(c.Certainty)) continue;
            var (isSubject, isObject) = (ClaimGraph.Same(x.Subject, actor), x.Object is not null && ClaimGraph.Same(x.Object, actor));
            if (!isSubject && !isObject) continue;
            if (isActor && locator.Locate(c) is { } at && ((at.SubjectThere && isSubject) || (at.ObjectThere && isObject))) facts._theaters.Add(at.Theater);
            if (x.Object is null) continue;
            var client = SharedClients.Backing.Contains(c.Relation) && isSubject ? x.Object
                : SharedClients.ClientOf.Contains(c.Relation) && isObject ? x.Subject : null;
            if (client is not null && g.Entities.Kind(client).IsActor()) facts._clients[client] = facts._clients.GetValueOrDefault(client) + 1;
            if (isObject && c.From is { } from && c.To is { } to && AllianceIndicators.PressureTypes.Contains(c.Relation))
                facts._pressures.Add(new Pressure(x.Subject, from.Year, to.Year));
        }
        return facts;
    }
}

/// <summary>
/// Actor facts of one snapshot, kept per actor for unfiltered queries: a profile of two hubs then reads their
/// facts instead of rescanning the hundreds of thousands of claims that touch them. Safe to share between threads.
/// </summary>
public sealed class ActorFactsCache(ClaimGraph graph, PreparedFacts? prepared = null)
{
    private readonly ConcurrentDictionary<string, Lazy<ActorFacts>> _plain = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<ActorFacts>> _rolled = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The facts of a counted actor (its sponsor when rolling up) under a filter; filtered facts are not kept.</summary>
    public ActorFacts For(string actor, AnalysisFilter filter)
    {
        if (prepared is not null) return prepared.For(actor, filter);
        if (filter.NarrowsClaims) return ActorFacts.Gather(graph, actor, graph.Touching(actor, filter));
        var cache = filter.Rollup ? _rolled : _plain;
        return cache.GetOrAdd(actor, id => new Lazy<ActorFacts>(() => ActorFacts.Gather(graph, id, graph.Touching(id, filter)))).Value;
    }
}

using System.Collections.Concurrent;
using System.Runtime.InteropServices;
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
    public static ActorFacts Gather(ClaimGraph g, string actor, IEnumerable<ActedClaim> claims)
    {
        var collector = new Collector(g, actor);
        foreach (var x in claims) collector.Add(x);
        return collector.Facts;
    }

    /// <summary>Gathers the facts one claim at a time, for claims streamed from a store.</summary>
    public sealed class Collector(ClaimGraph g, string actor)
    {
        private readonly TheaterLocator _locator = new(g);
        private readonly bool _isActor = g.Entities.Kind(actor).IsActor();

        // Theater ids are the directory's own string instances: telling them apart by reference skips hashing their text.
        private readonly HashSet<string> _seenTheaters = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, bool> _clientIsActor = new(StringComparer.OrdinalIgnoreCase);

        public ActorFacts Facts { get; } = new();

        public void Add(in ActedClaim x)
        {
            var c = x.Claim;
            if (!AnalysisFilter.IsAffirmative(c.Certainty)) return;
            var site = x.Index >= 0 ? g.Sites[x.Index] : ClaimSites.Of(_locator, c.Relation, c.Place?.Id, c.Object?.Id);
            Add(x.Subject, x.Object, site, c.Time?.From, c.Time?.To);
        }

        public void Add(in ActedOutline x)
        {
            var c = x.Claim;
            if (AnalysisFilter.IsAffirmative(c.Certainty))
                Add(x.Subject, x.Object, ClaimSites.Of(_locator, c.Relation, c.PlaceId, c.ObjectId), c.From, c.To);
        }

        /// <summary>
        /// A fact the store summed over the claims of one of the actor's members (itself, or an organ or proxy when rolling
        /// up): the same as adding each of those claims. <paramref name="other"/> is the fact's other party as it counts (rolled
        /// up or not) for a client or pressure, and the place or object as stored for a theater.
        /// </summary>
        public void Add(Storage.ActorFactKind kind, string other, int fromYear, int toYear, int claims)
        {
            if (claims <= 0) return;
            switch (kind)
            {
                case Storage.ActorFactKind.Client:
                    if (IsActor(other)) CollectionsMarshal.GetValueRefOrAddDefault(Facts._clients, other, out _) += claims;
                    break;
                case Storage.ActorFactKind.Pressure:
                    Facts._pressures.Add(new Pressure(other, fromYear, toYear));
                    break;
                default:
                    if (_isActor && _locator.TheaterOf(kind, other) is { } theater && _seenTheaters.Add(theater)) Facts._theaters.Add(theater);
                    break;
            }
        }

        private bool IsActor(string id)
        {
            ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(_clientIsActor, id, out var exists);
            if (!exists) known = g.Entities.Kind(id).IsActor();
            return known;
        }

        /// <summary>One affirmative claim: its subject and object after roll-up, where it happens and what its relation does.</summary>
        private void Add(string subject, string? obj, ClaimSites.Site site, DateOnly? from, DateOnly? to)
        {
            var (isSubject, isObject) = (ClaimGraph.Same(subject, actor), obj is not null && ClaimGraph.Same(obj, actor));
            if (!isSubject && !isObject) return;
            if (_isActor && site.At is { } at && ((at.SubjectThere && isSubject) || (at.ObjectThere && isObject)) && _seenTheaters.Add(at.Theater))
                Facts._theaters.Add(at.Theater);
            if (obj is null || site.Roles == ClaimSites.Roles.None) return;
            var client = site.Roles.HasFlag(ClaimSites.Roles.Backing) && isSubject ? obj
                : site.Roles.HasFlag(ClaimSites.Roles.ClientOf) && isObject ? subject : null;
            if (client is not null && IsActor(client)) CollectionsMarshal.GetValueRefOrAddDefault(Facts._clients, client, out _)++;
            if (isObject && from is { } f && to is { } t && site.Roles.HasFlag(ClaimSites.Roles.Pressure))
                Facts._pressures.Add(new Pressure(subject, f.Year, t.Year));
        }
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

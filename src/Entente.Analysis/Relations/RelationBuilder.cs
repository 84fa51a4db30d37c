using Entente.Analysis.Graph;
using Entente.Core.Claims;
using Entente.Core.Ontology;

namespace Entente.Analysis.Relations;

/// <summary>Groups acted claims into relations and rates each one. Claims without an object form no relation.</summary>
public static class RelationBuilder
{
    public static string KeyOf(string subject, string type, string obj, bool symmetric) =>
        symmetric && string.CompareOrdinal(subject.ToLowerInvariant(), obj.ToLowerInvariant()) > 0
            ? $"{obj.ToLowerInvariant()}|{type}|{subject.ToLowerInvariant()}"
            : $"{subject.ToLowerInvariant()}|{type}|{obj.ToLowerInvariant()}";

    /// <summary>How many claims make rating relations in parallel pay for itself.</summary>
    public const int ParallelFrom = 2000;

    /// <summary>The relations, each marked contested when a conflict among the same claims involves it: every view of relations marks them alike.</summary>
    public static IReadOnlyList<Relation> Build(IEnumerable<ActedClaim> claims, ClaimGraph g)
    {
        var groups = new Dictionary<string, List<ActedClaim>>(StringComparer.Ordinal);
        var all = new List<ActedClaim>();
        var total = 0;
        foreach (var a in claims)
        {
            all.Add(a);
            if (a.Object is null || !RelationTypes.TryGet(a.Claim.Relation, out var t)) continue;
            var key = KeyOf(a.Subject, t.Id, a.Object, t.Symmetric);
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(a);
            total++;
        }
        // Rating compares evidence texts for near-duplicates; thousands of claims are worth spreading over the cores.
        var made = groups.Count > 1 && total >= ParallelFrom
            ? groups.AsParallel().Select(kv => Make(kv.Key, kv.Value, g)).ToList()
            : groups.Select(kv => Make(kv.Key, kv.Value, g)).ToList();
        var contested = Conflicts.ConflictFinder.ContestedClaims(Conflicts.ConflictFinder.Find(all, g));
        return made.Select(r => contested.Count > 0 && r.ClaimIds.Any(contested.Contains) ? r with { Contested = true } : r)
            .OrderByDescending(r => r.Confidence).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    public static Relation Make(string key, IReadOnlyList<ActedClaim> acted, ClaimGraph g)
    {
        var parts = key.Split('|');
        var type = RelationTypes.Get(parts[1]);
        var claims = acted.Select(a => a.Claim).ToList();
        var rejected = claims.Count(VerdictMark.IsRejected);
        // A rejected claim shown for review does not vouch for the relation, unless nothing else is left to rate.
        var rating = RelationRating.Rate(rejected > 0 && rejected < claims.Count ? claims.Where(c => !VerdictMark.IsRejected(c)).ToList() : claims, g);
        var dated = claims.Where(c => c.Time is not null).ToList();
        var best = claims.OrderBy(c => c.Certainty)
            .ThenBy(c => g.Source(c.SourceId)?.Reliability ?? Core.Sources.Reliability.F)
            .ThenBy(c => c.Id, StringComparer.Ordinal).First();
        return new Relation
        {
            Key = key,
            Subject = g.Entities.Ref(parts[0]),
            Type = type.Id,
            Object = g.Entities.Ref(parts[2]),
            Symmetric = type.Symmetric,
            Sphere = type.Sphere,
            Claims = claims.Count,
            Sources = claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count(),
            IndependentSources = rating.IndependentSources,
            Denials = claims.Count(c => !AnalysisFilter.IsAffirmative(c.Certainty)),
            StrongestCertainty = claims.Min(c => c.Certainty),
            First = dated.Count > 0 ? dated.Min(c => c.Time!.From) : null,
            Last = dated.Count > 0 ? dated.Max(c => c.Time!.To) : null,
            Admiralty = rating.Admiralty,
            Reliability = rating.Reliability,
            Credibility = rating.Credibility,
            Confidence = rating.Confidence,
            Rejected = rejected,
            ClaimIds = claims.Select(c => c.Id).ToList(),
            TopEvidence = Evidence.Of(best, g),
        };
    }
}

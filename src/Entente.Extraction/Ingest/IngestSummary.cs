using Entente.Core.Ontology;

namespace Entente.Extraction.Ingest;

/// <summary>The totals of one ingest run: documents added, skipped and failed, and new claims by sphere.</summary>
public sealed class IngestSummary
{
    private readonly Dictionary<Sphere, int> _claimsBySphere = [];
    private readonly List<IngestOutcome> _failures = [];

    public int Added { get; private set; }
    public int Skipped { get; private set; }
    public int Failed => _failures.Count;
    public int Claims => _claimsBySphere.Values.Sum();
    public int Entities { get; private set; }
    public IReadOnlyDictionary<Sphere, int> ClaimsBySphere => _claimsBySphere;
    public IReadOnlyList<IngestOutcome> Failures => _failures;

    internal void Record(IngestOutcome outcome)
    {
        switch (outcome.Status)
        {
            case IngestStatus.Added:
                Added++;
                Entities += outcome.Entities;
                break;
            case IngestStatus.Skipped: Skipped++; break;
            default: _failures.Add(outcome); break;
        }
    }

    /// <summary>
    /// Counts the claims a stored document added by sphere. When the store kept fewer than the document had (ids
    /// already stored by another source), the spheres are those of the first <paramref name="added"/>, so the total is
    /// what was written.
    /// </summary>
    internal void CountClaims(IReadOnlyList<Core.Claims.Claim> claims, int added)
    {
        foreach (var claim in claims.Take(added)) _claimsBySphere[claim.Type.Sphere] = _claimsBySphere.GetValueOrDefault(claim.Type.Sphere) + 1;
    }

    /// <summary>"documents: 14 added, 1 skipped, 0 failed" and a line of claims by sphere.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"documents: {Added} added, {Skipped} skipped (already ingested), {Failed} failed";
        var spheres = _claimsBySphere.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
            .Select(kv => $"{kv.Key.ToString().ToLowerInvariant()} {kv.Value}");
        yield return $"claims: {Claims} new" + (Claims > 0 ? " (" + string.Join(", ", spheres) + ")" : "");
    }
}

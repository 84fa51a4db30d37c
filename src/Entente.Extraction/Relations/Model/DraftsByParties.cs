using Entente.Extraction.Relations;

namespace Entente.Extraction.Relations.Model;

/// <summary>
/// Which of a sentence's rule drafts say a candidate's triple, by the parties the drafts stand for under their
/// relation (<c>CandidateFinder.RuleParties</c>): looked up, for a sentence with many drafts, instead of reading every
/// draft for every candidate, which grew with the square of a long sentence (hundreds of each).
/// </summary>
public sealed class DraftsByParties
{
    private readonly List<ClaimDraft> _drafts;
    private readonly (string? Subject, string? Object)[] _parties;
    // Each triple's drafts by their place in the sentence's list, ascending; null for a sentence scanned instead.
    private readonly Dictionary<(string Relation, string Subject, string Object), List<int>>? _byTriple;
    // The drafts each candidate's triple was given, merged once and shared by the candidates that ask it again.
    private readonly Dictionary<(string Relation, string Subject, string Object, bool Undirected), List<ClaimDraft>>? _given;

    /// <param name="parties">Each draft's parties, null for a draft with no object.</param>
    public DraftsByParties(List<ClaimDraft> drafts, (string? Subject, string? Object)[] parties, int fewest = DraftIndex.Fewest)
    {
        (_drafts, _parties) = (drafts, parties);
        if (drafts.Count < fewest) return;
        (_byTriple, _given) = ([], []);
        for (var k = 0; k < drafts.Count; k++)
        {
            var (s, o) = parties[k];
            if (drafts[k].Object is null || s is null || o is null) continue;
            var key = (drafts[k].Relation, s, o);
            if (!_byTriple.TryGetValue(key, out var list)) _byTriple[key] = list = [];
            list.Add(k);
        }
    }

    /// <summary>Adds to the candidate, in the drafts' order, every draft that says its triple (either way round for a symmetric relation).</summary>
    public void AddTo(PairCandidate c, bool undirected)
    {
        if (_byTriple is null)
        {
            for (var k = 0; k < _drafts.Count; k++)
                if (Says(_drafts[k], _parties[k], c, undirected)) c.AddRuleDraft(_drafts[k]);
            return;
        }
        var (a, b) = (c.AgentA.Id, c.AgentB.Id);
        var key = (c.RelationId, a, b, undirected);
        if (!_given!.TryGetValue(key, out var given)) _given[key] = given = Merge(c.RelationId, a, b, undirected);
        c.ShareRuleDrafts(given);
    }

    /// <summary>The drafts that say the triple, in the drafts' order.</summary>
    private List<ClaimDraft> Merge(string relation, string a, string b, bool undirected)
    {
        var merged = new List<ClaimDraft>();
        var byTriple = _byTriple!;
        var forward = byTriple.GetValueOrDefault((relation, a, b));
        // The same list both ways round would add a draft twice; the scan adds it once.
        var backward = undirected && a != b ? byTriple.GetValueOrDefault((relation, b, a)) : null;
        var (i, j) = (0, 0);
        // Two ascending lists merged: the drafts keep the order the scan adds them in.
        while (i < (forward?.Count ?? 0) || j < (backward?.Count ?? 0))
        {
            var takeForward = backward is null || j == backward.Count || forward is not null && i < forward.Count && forward[i] < backward[j];
            merged.Add(_drafts[takeForward ? forward![i++] : backward![j++]]);
        }
        return merged;
    }

    /// <summary>The draft says the candidate's triple; <paramref name="parties"/> are whom the draft's subject and object stand for.</summary>
    public static bool Says(ClaimDraft d, (string? Subject, string? Object) parties, PairCandidate c, bool undirected)
    {
        if (d.Object is null || d.Relation != c.RelationId) return false;
        var (s, o) = parties;
        return s == c.AgentA.Id && o == c.AgentB.Id || undirected && s == c.AgentB.Id && o == c.AgentA.Id;
    }
}

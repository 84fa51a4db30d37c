using Entente.Analysis.Graph;
using Entente.Core.Ontology;

namespace Entente.Analysis.Conflicts;

/// <summary>
/// The denials of one relation between one pair, asked whether any of them contradicts an affirmative claim of a
/// compatible relation, without meeting each denial: a rolled-up pair of hubs has hundreds of denials of one relation
/// and thousands of claims it may deny. Denials with the very same subject and object strings answer the party test
/// alike, so each such class is asked once, and its times are sorted by start with the latest end so far, so whether
/// one of them overlaps a claim's time is a binary search. Answers exactly as testing every denial would.
/// </summary>
internal sealed class DenialGroup
{
    private readonly bool _symmetric;
    private readonly List<PartyClass> _classes = [];

    /// <param name="denied">Denials that share one relation (so one type) and one relation key.</param>
    public DenialGroup(IReadOnlyList<ActedClaim> denied)
    {
        _symmetric = denied[0].Claim.Type.Symmetric;
        foreach (var d in denied)
        {
            var c = _classes.Find(x => string.Equals(x.Subject, d.Subject, StringComparison.Ordinal) && string.Equals(x.Object, d.Object, StringComparison.Ordinal));
            if (c is null) _classes.Add(c = new PartyClass(d));
            c.Add(d.Claim.Time);
        }
        foreach (var c in _classes) c.Seal();
    }

    /// <summary>Whether some denial of the group contradicts <paramref name="claim"/>, whose relation is compatible with the group's.</summary>
    /// <param name="claimSymmetric">Whether the claim's relation type is symmetric.</param>
    public bool Contradicts(in ActedClaim claim, bool claimSymmetric)
    {
        foreach (var c in _classes)
            if (ConflictRules.SameParties(c.Representative, claim, _symmetric && claimSymmetric) && c.Overlaps(claim.Claim.Time)) return true;
        return false;
    }

    /// <summary>Denials with one subject and one object string: their starts sorted, and the latest end among each prefix.</summary>
    private sealed class PartyClass(ActedClaim representative)
    {
        private readonly List<(DateOnly From, DateOnly To)> _spans = [];
        private bool _undated;
        private DateOnly[] _maxTo = [];

        public ActedClaim Representative { get; } = representative;
        public string Subject => Representative.Subject;
        public string? Object => Representative.Object;

        public void Add(Core.Time.ClaimTime? time)
        {
            if (time is null) _undated = true;
            else _spans.Add((time.From, time.To));
        }

        public void Seal()
        {
            _spans.Sort((x, y) => x.From.CompareTo(y.From));
            _maxTo = new DateOnly[_spans.Count];
            for (var i = 0; i < _spans.Count; i++) _maxTo[i] = i == 0 || _spans[i].To > _maxTo[i - 1] ? _spans[i].To : _maxTo[i - 1];
        }

        /// <summary><see cref="ConflictRules.Overlap"/> against any denial of the class: an undated one overlaps everything.</summary>
        public bool Overlaps(Core.Time.ClaimTime? time)
        {
            if (_undated || time is null) return true;
            // The denials starting on or before the claim's end; of those, one must end on or after its start.
            var (lo, hi) = (0, _spans.Count);
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_spans[mid].From <= time.To) lo = mid + 1;
                else hi = mid;
            }
            return lo > 0 && _maxTo[lo - 1] >= time.From;
        }
    }
}

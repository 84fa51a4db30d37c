using Entente.Analysis.Relations;
using Entente.Core.Entities;

namespace Entente.Analysis.Conflicts;

/// <summary>Why two sets of claims cannot both be right.</summary>
public enum ConflictKind
{
    /// <summary>A party denies, or the author refutes, what other claims affirm.</summary>
    Denial,

    /// <summary>Two sources affirm the same event but disagree on a fact of it (so far: how many).</summary>
    Disagreement,
}

/// <summary>
/// Claims that contradict each other about one pair of actors, with both sides' evidence: for a denial, the claims it
/// denies and the denials; for a disagreement, one source's claim and the other's.
/// </summary>
public sealed record Conflict(
    ConflictKind Kind,
    EntityRef Subject,
    string Relation,
    EntityRef Object,
    string Detail,
    IReadOnlyList<Evidence> Affirming,
    IReadOnlyList<Evidence> Contesting)
{
    /// <summary>Every claim on either side, for marking the relations they belong to as contested.</summary>
    public IEnumerable<string> ClaimIds => Affirming.Concat(Contesting).Select(e => e.ClaimId);
}

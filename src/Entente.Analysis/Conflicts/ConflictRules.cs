using Entente.Analysis.Graph;
using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Core.Time;

namespace Entente.Analysis.Conflicts;

/// <summary>
/// When two claims speak of the same thing, the tests docs/analysis.md ("Contradictions") documents: the same parties,
/// times that overlap, and relations that could describe the same act.
/// </summary>
public static class ConflictRules
{
    /// <summary>
    /// The same relation, or the generic <c>support</c> beside any cooperative relation: "Tehran denies supporting the
    /// Houthis" contradicts "Iran armed the Houthis". Hostile relations match only themselves.
    /// </summary>
    public static bool Compatible(string x, string y)
    {
        if (x == y) return true;
        if (!RelationTypes.TryGet(x, out var tx) || !RelationTypes.TryGet(y, out var ty)) return false;
        return (tx == RelationTypes.Support && Cooperative(ty.Sphere)) || (ty == RelationTypes.Support && Cooperative(tx.Sphere));
    }

    private static bool Cooperative(Sphere s) => s is not (Sphere.Hostile or Sphere.Structural);

    /// <summary>Undated claims may be about any time, so they overlap everything; dated ones must share a day.</summary>
    public static bool Overlap(ClaimTime? x, ClaimTime? y) => x is null || y is null || (x.From <= y.To && y.From <= x.To);

    /// <summary>Same subject and object, in either order for a symmetric relation.</summary>
    public static bool SameParties(in ActedClaim x, in ActedClaim y, bool symmetric) =>
        (ClaimGraph.Same(x.Subject, y.Subject) && ClaimGraph.Same(x.Object, y.Object))
        || (symmetric && ClaimGraph.Same(x.Subject, y.Object) && ClaimGraph.Same(x.Object, y.Subject));

    /// <summary>
    /// Two counts of the same materiel whose ranges do not meet ("dozens" is not "2,400"), in the same unit. Claims without
    /// materiel in common are about different deliveries, not a disagreement.
    /// </summary>
    public static bool QuantitiesDisagree(Claim x, Claim y)
    {
        if (x.Quantity is not { } qx || y.Quantity is not { } qy) return false;
        if (qx.Low is null && qx.High is null || qy.Low is null && qy.High is null) return false;
        if (!string.Equals(qx.Unit, qy.Unit, StringComparison.OrdinalIgnoreCase)) return false;
        if (!x.Materiel.Any(m => y.Materiel.Any(n => ClaimGraph.Same(m.Id, n.Id)))) return false;
        var (lx, hx) = (qx.Low ?? qx.High!.Value, qx.High ?? qx.Low!.Value);
        var (ly, hy) = (qy.Low ?? qy.High!.Value, qy.High ?? qy.Low!.Value);
        return hx < ly || hy < lx;
    }
}

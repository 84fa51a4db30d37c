using System.Globalization;
using Entente.Core.Hashing;
using Entente.Core.Ontology;

namespace Entente.Core.Claims;

/// <summary>
/// Content-hash ids: the same statement from the same words of the same source gets the same id, whichever rule,
/// model or importer made it. The producer is left out so that renaming a frame keeps its claims' ids (and the
/// verdicts given on them); two producers saying the same thing make one claim (see <see cref="DuplicateClaims"/>).
/// Stores written before this scheme are rewritten by the claim-id migration (SQLite 8, PostgreSQL 9).
/// </summary>
public static class ClaimIds
{
    public static string For(Claim c)
    {
        var parts = new[]
        {
            c.SourceId, c.Subject.Id, c.Relation, c.Object?.Id ?? "",
            string.Join(",", c.Materiel.Select(m => m.Id)), c.Place?.Id ?? "",
            c.Time is null ? "" : c.Time.From.ToString("O", CultureInfo.InvariantCulture) + "/" + c.Time.To.ToString("O", CultureInfo.InvariantCulture),
            c.Certainty.ToId(), c.Phase.ToId(),
            c.Evidence.Start.ToString(CultureInfo.InvariantCulture), c.Evidence.End.ToString(CultureInfo.InvariantCulture),
        };
        return "c-" + ContentHash.Of(string.Join("\u001f", parts))[..24];
    }

    /// <summary>Returns the claim with its id set from its content.</summary>
    public static Claim WithId(this Claim c) => c with { Id = For(c) };
}

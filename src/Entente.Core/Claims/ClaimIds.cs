using System.Globalization;
using Entente.Core.Hashing;
using Entente.Core.Ontology;

namespace Entente.Core.Claims;

/// <summary>Content-hash ids: the same statement from the same words of the same source gets the same id.</summary>
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
            c.Producer.Name,
        };
        return "c-" + ContentHash.Of(string.Join("\u001f", parts))[..24];
    }

    /// <summary>Returns the claim with its id set from its content.</summary>
    public static Claim WithId(this Claim c) => c with { Id = For(c) };
}

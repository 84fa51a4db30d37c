using System.Globalization;
using Entente.Cli.Framework;
using Entente.Core.Claims;
using Entente.Core.Ontology;

namespace Entente.Cli.Commands;

/// <summary>How a verdict prints in a table, CSV or JSON row.</summary>
public static class VerdictColumns
{
    public static readonly Column<Verdict>[] All =
    [
        new("id", v => v.Id),
        new("claim", v => v.ClaimId),
        new("verdict", v => v.Kind.ToString().ToLowerInvariant()),
        new("analyst", v => v.Analyst),
        new("at", v => v.At.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new("correction", v => v.Correction is { } c ? $"{c.Subject.Name} {c.Relation} {c.Object?.Name} [{c.Certainty.ToId()}]" : null),
        new("note", v => v.Note),
    ];
}

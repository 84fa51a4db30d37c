using System.Data.Common;
using Entente.Core.Claims;
using Entente.Core.Ontology;

namespace Entente.Storage.Sql;

/// <summary>
/// Reads claim outlines from the claims table's columns. One reader per query: it shares the id strings it
/// has seen, because a hub's hundreds of thousands of claims name the same few thousand actors and places.
/// </summary>
internal sealed class OutlineRow
{
    public const string Columns = "c.id, c.source_id, c.subject_id, c.relation, c.object_id, c.place_id, c.certainty, c.phase, c.time_from, c.time_to";

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public ClaimOutline Next(DbDataReader r) => new(
        r.GetString(0), Shared(r.GetString(1)), Shared(r.GetString(2)), Shared(r.GetString(3)),
        r.IsDBNull(4) ? null : Shared(r.GetString(4)), r.IsDBNull(5) ? null : Shared(r.GetString(5)),
        CertaintyScales.TryParseCertainty(r.GetString(6), out var certainty) ? certainty : throw Damaged("certainty", r.GetString(6)),
        CertaintyScales.TryParsePhase(r.GetString(7), out var phase) ? phase : throw Damaged("phase", r.GetString(7)),
        r.IsDBNull(8) ? null : r.GetFieldValue<DateOnly>(8), r.IsDBNull(9) ? null : r.GetFieldValue<DateOnly>(9));

    private string Shared(string s)
    {
        if (_names.TryGetValue(s, out var known)) return known;
        _names[s] = s;
        return s;
    }

    private static StoreException Damaged(string what, string value) =>
        new($"unknown {what} '{value}' in the claims table; it was written by a newer entente or damaged");
}

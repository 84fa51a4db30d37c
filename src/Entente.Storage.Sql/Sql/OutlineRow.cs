using System.Collections.Frozen;
using Entente.Core.Claims;
using Entente.Core.Ontology;

namespace Entente.Storage.Sql;

/// <summary>
/// Reads claim outlines from the claims table's columns. A hub has hundreds of thousands of rows, and reading
/// nine columns one by one cost more than the query itself, so the database joins them into one string per row
/// and this splits it. One reader per query shares the id strings it has seen (a hub's claims name the same
/// few thousand actors and places) without cutting substrings to look them up.
/// </summary>
internal sealed class OutlineRow() : JoinedRow("outline")
{
    /// <summary>The one-column select list; <paramref name="dateText"/> renders a date column as yyyy-MM-dd text.</summary>
    public static string Select(Func<string, string> dateText) => string.Join($" || '{Separator}' || ",
        "c.id", "c.subject_id", "c.relation", "COALESCE(c.object_id, '')", "COALESCE(c.place_id, '')", "c.certainty", "c.phase",
        $"COALESCE({dateText("c.time_from")}, '')", $"COALESCE({dateText("c.time_to")}, '')");

    /// <summary>The outline of a row whose id (<see cref="JoinedRow.IdOf"/>) the caller has already read.</summary>
    public ClaimOutline Parse(ReadOnlySpan<char> row, string id)
    {
        var rest = row;
        Field(ref rest, row);
        return Outline(id, ref rest, row, last: true);
    }
}

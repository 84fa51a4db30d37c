using System.Collections.Frozen;
using System.Globalization;
using Entente.Core.Ontology;

namespace Entente.Storage.Sql;

/// <summary>
/// Reads <see cref="RelationSourceCount"/> rows grouped by the database, each joined into one string (a hub has
/// hundreds of thousands, and reading six columns one by one cost more than the grouping). One reader per query
/// shares the id strings it has seen.
/// </summary>
internal sealed class RelationSourceRows
{
    // The unit separator, which no id, relation or certainty contains.
    private const char Separator = '\u001f';

    private static readonly FrozenDictionary<string, Certainty> Certainties = Enum.GetValues<Certainty>().ToFrozenDictionary(c => c.ToId());

    private readonly SharedNames _names = new();

    /// <summary>Grouped in the order of the index on (subject, relation, object, source, certainty).</summary>
    public const string BySubject = "c.subject_id, c.relation, c.object_id, c.source_id, c.certainty";

    /// <summary>The same groups in the order of the index on (object, relation, subject, source, certainty).</summary>
    public const string ByObject = "c.object_id, c.relation, c.subject_id, c.source_id, c.certainty";

    /// <summary>
    /// The query: the claims a filter keeps (its WHERE clause over "claims c", or empty), those with an object, grouped.
    /// <paramref name="groupBy"/> names the same groups in an index's order, so that the database groups as it reads that
    /// index instead of sorting every row first.
    /// </summary>
    public static string Select(string where, string groupBy = BySubject) =>
        $"SELECT c.subject_id || '{Separator}' || c.relation || '{Separator}' || c.object_id || '{Separator}' || c.source_id || '{Separator}' || c.certainty || '{Separator}' || COUNT(*) " +
        $"FROM claims c{(where.Length == 0 ? " WHERE" : where + " AND")} c.object_id IS NOT NULL GROUP BY {groupBy}";

    public RelationSourceCount Parse(ReadOnlySpan<char> row)
    {
        var rest = row;
        var (subject, relation, obj, source) = (Shared(Field(ref rest, row)), Shared(Field(ref rest, row)), Shared(Field(ref rest, row)), Shared(Field(ref rest, row)));
        var certainty = Certainties.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Field(ref rest, row), out var c) ? c : throw Damaged(row);
        return new RelationSourceCount(subject, relation, obj, source, certainty,
            int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw Damaged(row));
    }

    private static ReadOnlySpan<char> Field(ref ReadOnlySpan<char> rest, ReadOnlySpan<char> row)
    {
        var end = rest.IndexOf(Separator);
        if (end < 0) throw Damaged(row);
        var field = rest[..end];
        rest = rest[(end + 1)..];
        return field;
    }

    private string Shared(ReadOnlySpan<char> text) => _names.Of(text);

    private static StoreException Damaged(ReadOnlySpan<char> row) =>
        new($"an unreadable claims table row '{row.ToString().Replace(Separator, '|')}'; it was written by a newer entente or damaged");
}

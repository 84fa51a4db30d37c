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

    public ClaimOutline Parse(string row)
    {
        var rest = row.AsSpan();
        var id = Field(ref rest, row).ToString();
        var (subject, relation, obj, place) = (Shared(Field(ref rest, row)), Shared(Field(ref rest, row)), Shared(Field(ref rest, row)), Shared(Field(ref rest, row)));
        var certainty = Field(ref rest, row);
        var phase = Field(ref rest, row);
        return new ClaimOutline(id, subject!, relation!, obj, place,
            Certainties.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(certainty, out var c) ? c : throw Damaged("certainty", row),
            Phases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(phase, out var p) ? p : throw Damaged("phase", row),
            Date(Field(ref rest, row), row), Date(rest, row));
    }

    private static DateOnly? Date(ReadOnlySpan<char> s, string row)
    {
        if (s.IsEmpty) return null;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') throw Damaged("date", row);
        var (year, month, day) = (Digits(s[..4], row), Digits(s[5..7], row), Digits(s[8..], row));
        // An impossible day ("2024-13-45") is as damaged as a letter in it, and is reported as such.
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : throw Damaged("date", row);
    }

    private static int Digits(ReadOnlySpan<char> s, string row)
    {
        var n = 0;
        foreach (var ch in s) n = char.IsAsciiDigit(ch) ? n * 10 + (ch - '0') : throw Damaged("date", row);
        return n;
    }
}

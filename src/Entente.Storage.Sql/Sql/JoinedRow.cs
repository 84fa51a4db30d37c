using System.Collections.Frozen;
using Entente.Core.Claims;
using Entente.Core.Ontology;

namespace Entente.Storage.Sql;

/// <summary>
/// A claims table row the database joined into one string (<see cref="OutlineRow"/>, <see cref="ClaimLineRow"/>): reading
/// one text column costs far less than reading a dozen. The fields are split here, and a reader keeps one instance of
/// each text it has seen, since a hub's rows name the same few thousand actors, relations and places.
/// </summary>
internal abstract class JoinedRow(string what)
{
    /// <summary>The unit separator, which no id, name, relation or date contains, and JSON escapes.</summary>
    public const char Separator = '\u001f';

    protected static readonly FrozenDictionary<string, Certainty> Certainties = Enum.GetValues<Certainty>().ToFrozenDictionary(c => c.ToId());
    protected static readonly FrozenDictionary<string, Phase> Phases = Enum.GetValues<Phase>().ToFrozenDictionary(p => p.ToId());

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>The claim id at the head of a row, to name a row that does not parse.</summary>
    public static ReadOnlySpan<char> IdOf(ReadOnlySpan<char> row) => row.IndexOf(Separator) is var end and >= 0 ? row[..end] : row;

    /// <summary>The next field of <paramref name="rest"/>, which then starts after it; a row that ends too soon is damaged.</summary>
    protected ReadOnlySpan<char> Field(ref ReadOnlySpan<char> rest, ReadOnlySpan<char> row)
    {
        var end = rest.IndexOf(Separator);
        if (end < 0) throw Damaged(what, row);
        var field = rest[..end];
        rest = rest[(end + 1)..];
        return field;
    }

    /// <summary>The one string instance for this text; null for an empty field (a missing object or place).</summary>
    protected string? Shared(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return null;
        var lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var known)) return known;
        var s = text.ToString();
        _texts[s] = s;
        return s;
    }

    /// <summary>
    /// The outline whose fields follow the id in <paramref name="rest"/>: subject, relation, object, place, certainty,
    /// phase, and the dates (yyyy-MM-dd or empty). <paramref name="last"/> when the end date closes the row, else a
    /// separator follows it and <paramref name="rest"/> moves past it.
    /// </summary>
    protected ClaimOutline Outline(string id, ref ReadOnlySpan<char> rest, ReadOnlySpan<char> row, bool last)
    {
        var (subject, relation, obj, place) = (Shared(Field(ref rest, row)), Shared(Field(ref rest, row)), Shared(Field(ref rest, row)), Shared(Field(ref rest, row)));
        var certainty = Field(ref rest, row);
        var phase = Field(ref rest, row);
        var from = Date(Field(ref rest, row), row);
        var to = Date(last ? rest : Field(ref rest, row), row);
        return new ClaimOutline(id, subject ?? throw Damaged(what, row), relation ?? throw Damaged(what, row), obj, place,
            Certainties.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(certainty, out var c) ? c : throw Damaged("certainty", row),
            Phases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(phase, out var p) ? p : throw Damaged("phase", row),
            from, to);
    }

    /// <summary>A yyyy-MM-dd field, or null when empty; anything else, an impossible day included, is a damaged row.</summary>
    protected static DateOnly? Date(ReadOnlySpan<char> s, ReadOnlySpan<char> row)
    {
        if (s.IsEmpty) return null;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') throw Damaged("date", row);
        var (year, month, day) = (Digits(s[..4], row), Digits(s[5..7], row), Digits(s[8..], row));
        // An impossible day ("2024-13-45") is as damaged as a letter in it, and is reported as such.
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : throw Damaged("date", row);
    }

    private static int Digits(ReadOnlySpan<char> s, ReadOnlySpan<char> row)
    {
        var n = 0;
        foreach (var ch in s) n = char.IsAsciiDigit(ch) ? n * 10 + (ch - '0') : throw Damaged("date", row);
        return n;
    }

    protected static StoreException Damaged(string what, ReadOnlySpan<char> row) =>
        new($"an unreadable {what} in the claims table row '{row.ToString().Replace(Separator, '|')}'; it was written by a newer entente or damaged");
}

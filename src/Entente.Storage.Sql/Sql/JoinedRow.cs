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
    public static string IdOf(string row) => row.IndexOf(Separator) is var end and >= 0 ? row[..end] : row;

    /// <summary>The next field of <paramref name="rest"/>, which then starts after it; a row that ends too soon is damaged.</summary>
    protected ReadOnlySpan<char> Field(ref ReadOnlySpan<char> rest, string row)
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

    protected static StoreException Damaged(string what, string row) =>
        new($"an unreadable {what} in the claims table row '{row.Replace(Separator, '|')}'; it was written by a newer entente or damaged");
}

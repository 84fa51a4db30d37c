using System.Globalization;

namespace Entente.Storage.Sql;

/// <summary>
/// Reads the claim pairs as one row per subject, its pairs joined by the database: a million claims make hundreds of
/// thousands of pairs, and reading four columns of each one by one cost more than the query. One reader per query
/// shares the id strings it has seen (the pairs name a few thousand actors) without cutting substrings to look them up.
/// </summary>
internal sealed class PairRows
{
    // The unit separator between a pair's fields and the record separator between pairs; no id contains either.
    private const char Field = '\u001f';
    private const char Record = '\u001e';

    private readonly SharedNames _names = new();

    /// <summary>Subject id, then its pairs as "object␟affirmed␟symmetric␞…".</summary>
    public static string Select(Func<string, string, string> groupConcat) =>
        $"SELECT subject_id, {groupConcat($"object_id || '{Field}' || affirmed || '{Field}' || affirmed_symmetric", $"'{Record}'")} FROM claim_pairs GROUP BY subject_id";

    public IEnumerable<ClaimPair> Parse(ReadOnlySpan<char> subject, ReadOnlySpan<char> joined)
    {
        var pairs = new List<ClaimPair>();
        var s = Shared(subject);
        var rest = joined;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf(Record);
            var one = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            var a = one.IndexOf(Field);
            var b = a < 0 ? -1 : one[(a + 1)..].IndexOf(Field) + a + 1;
            if (a < 0 || b <= a) throw Damaged(subject, one);
            pairs.Add(new ClaimPair(s, Shared(one[..a]), Number(one[(a + 1)..b], subject), Number(one[(b + 1)..], subject)));
        }
        return pairs;
    }

    private string Shared(ReadOnlySpan<char> text) => _names.Of(text);

    private static int Number(ReadOnlySpan<char> s, ReadOnlySpan<char> subject) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw Damaged(subject, s);

    private static StoreException Damaged(ReadOnlySpan<char> subject, ReadOnlySpan<char> pair) =>
        new($"an unreadable claim pair of '{subject.ToString()}' ('{pair.ToString().Replace(Field, '|')}'); run `entente reindex` to recompute the pairs");
}

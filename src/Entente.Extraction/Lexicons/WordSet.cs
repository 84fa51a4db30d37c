using System.Collections;
using System.Runtime.CompilerServices;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Lexicons;

/// <summary>
/// A fixed set of lower-cased words (prepositions, speech verbs, auxiliaries …) asked about tokens: a
/// <see cref="WordTable{T}"/> underneath, so a token is tested with the hash it already carries.
/// </summary>
[CollectionBuilder(typeof(WordSet), nameof(Create))]
public sealed class WordSet : IEnumerable<string>
{
    private readonly WordTable<bool> _table;

    private WordSet(IEnumerable<string> words) =>
        _table = new WordTable<bool>(words.Distinct(StringComparer.Ordinal).Select(w => KeyValuePair.Create(w, true)));

    public static WordSet Create(ReadOnlySpan<string> words) => new(words.ToArray());

    public bool Contains(in Token token) => _table.Contains(token);

    public bool Contains(string word) => _table.Contains(word);

    public IEnumerator<string> GetEnumerator() => _table.Words.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

using Entente.Extraction.Tokens;

namespace Entente.Extraction.Lexicons;

/// <summary>
/// A read-only map from lower-cased words to values, probed with a token's precomputed <see cref="Token.Key"/>:
/// open addressing at most half full, so a word that is not there (the usual case) costs one slot read and
/// a word that is costs one string comparison. Built once from a finished dictionary.
/// </summary>
public sealed class WordTable<T>
{
    private readonly record struct Slot(int Key, string? Word, T Value);

    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>Turns most absent words away from a small array that stays in cache, before the slots, ten times larger, are touched.</summary>
    public WordFilter Filter { get; }

    public WordTable(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var list = entries.ToList();
        var size = 4;
        while (size < list.Count * 2) size *= 2;
        _slots = new Slot[size];
        _mask = size - 1;
        foreach (var (word, value) in list)
        {
            var key = WordKey.Of(word);
            var i = key & _mask;
            while (_slots[i].Word is { } taken)
            {
                if (taken == word) throw new ArgumentException($"'{word}' is in the table twice", nameof(entries));
                i = (i + 1) & _mask;
            }
            _slots[i] = new Slot(key, word, value);
        }
        Count = list.Count;
        Filter = new WordFilter(list.Select(e => WordKey.Of(e.Key)).ToList());
    }

    public int Count { get; }

    public IEnumerable<string> Words => _slots.Where(s => s.Word is not null).Select(s => s.Word!);

    public bool TryGetValue(in Token token, out T value) => TryGetValue(token.Key, token.Lower, out value);

    public bool TryGetValue(string word, out T value) => TryGetValue(WordKey.Of(word), word, out value);

    public bool Contains(in Token token) => TryGetValue(token.Key, token.Lower, out _);

    public bool Contains(string word) => TryGetValue(WordKey.Of(word), word, out _);

    private bool TryGetValue(int key, string word, out T value)
    {
        if (!Filter.MayContain(key))
        {
            value = default!;
            return false;
        }
        var slots = _slots;
        var i = key & _mask;
        while (slots[i].Word is { } w)
        {
            if (slots[i].Key == key && string.Equals(w, word, StringComparison.Ordinal))
            {
                value = slots[i].Value;
                return true;
            }
            i = (i + 1) & _mask;
        }
        value = default!;
        return false;
    }
}

using System.Runtime.InteropServices;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Lexicons;

/// <summary>
/// A trie over lower-cased tokens for multi-word lookups ("signed a deal", "ballistic missiles").
/// Filled once when a pipeline is built, then only read: lookups allocate nothing.
/// </summary>
public sealed class PhraseTable<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public T? Value;
        public bool HasValue;
    }

    /// <summary>A node of the read-only copy of the trie that sentence lookups walk: each level is a <see cref="WordTable{T}"/>.</summary>
    private sealed class FrozenNode(WordTable<FrozenNode>? next, T? value, bool hasValue)
    {
        public readonly WordTable<FrozenNode>? Next = next;
        public readonly T? Value = value;
        public readonly bool HasValue = hasValue;
    }

    private readonly Node _root = new();
    private WordTable<FrozenNode>? _frozenRoot;

    /// <summary>
    /// The first words of a read-only copy of the trie, made on first lookup (and again after an <see cref="Add"/>):
    /// nearly every token is looked up here and nearly all miss, which a <see cref="WordTable{T}"/> answers from the
    /// token's own hash; the words after a first word are found the same way, without hashing them again.
    /// Racing threads build equal copies.
    /// </summary>
    private WordTable<FrozenNode>? FirstWords => _root.Next is null ? null : _frozenRoot ??= Freeze(_root).Next;

    private static FrozenNode Freeze(Node node) =>
        new(node.Next is null ? null : new WordTable<FrozenNode>(node.Next.Select(kv => KeyValuePair.Create(kv.Key, Freeze(kv.Value)))), node.Value, node.HasValue);

    public int Count { get; private set; }

    /// <summary>Adds a phrase; the first value given for a phrase wins.</summary>
    public void Add(string phrase, T value)
    {
        _frozenRoot = null;
        var node = _root;
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0) return;
        foreach (var t in tokens)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(t.Lower, out var child)) node.Next[t.Lower] = child = new Node();
            node = child;
        }
        if (node.HasValue) return;
        node.Value = value;
        node.HasValue = true;
        Count++;
    }

    /// <summary>True when some phrase begins with this lower-cased word: a cheap test before a full match.</summary>
    public bool StartsWith(string lower) => _root.Next is { } next && next.ContainsKey(lower);

    /// <summary>
    /// False when no phrase can begin at this token, from its hash alone: a cheap test callers make before a full match,
    /// which for most tokens would only fail, and fail more slowly, being generic over the caller's state.
    /// </summary>
    public bool MayStartAt(List<Token> tokens, int at) =>
        (uint)at < (uint)tokens.Count && FirstWords is { } first && first.Filter.MayContain(CollectionsMarshal.AsSpan(tokens)[at].Key);

    /// <summary>The value of the one-word phrase <paramref name="lower"/>, if there is one.</summary>
    public bool TryGetWord(string lower, out T value)
    {
        value = default!;
        if (_root.Next is null || !_root.Next.TryGetValue(lower, out var node) || !node.HasValue) return false;
        value = node.Value!;
        return true;
    }

    /// <summary>Every word some phrase begins with.</summary>
    public IEnumerable<string> FirstWordList => _root.Next?.Keys ?? Enumerable.Empty<string>();

    /// <summary>The words that end a two-word phrase beginning with <paramref name="first"/>, each with that phrase's value.</summary>
    public IEnumerable<(string Word, T Value)> TwoWordPhrasesAfter(string first) =>
        _root.Next?.GetValueOrDefault(first)?.Next is { } next
            ? next.Where(kv => kv.Value.HasValue).Select(kv => (kv.Key, kv.Value.Value!))
            : [];

    /// <summary>The longest phrase starting at <paramref name="at"/>; <paramref name="end"/> is the token after it.</summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int at, out T value, out int end) =>
        TryMatch(tokens, at, 0, static (_, _, _, _) => true, out value, out end);

    /// <summary>As above for a sentence's own token list, read in place: no interface calls and no copies of tokens.</summary>
    public bool TryMatch(List<Token> tokens, int at, out T value, out int end)
    {
        value = default!;
        end = -1;
        var span = CollectionsMarshal.AsSpan(tokens);
        if (at >= span.Length || FirstWords is not { } first || !first.Filter.MayContain(span[at].Key) || !first.TryGetValue(in span[at], out var node)) return false;
        if (node.HasValue)
        {
            value = node.Value!;
            end = at + 1;
        }
        for (var i = at + 1; i < span.Length; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(in span[i], out var child)) break;
            node = child;
            if (node.HasValue)
            {
                value = node.Value!;
                end = i + 1;
            }
        }
        return end > 0;
    }

    /// <summary>The longest phrase starting at <paramref name="at"/> that <paramref name="accept"/> allows (given value, start, end).</summary>
    public bool TryMatch<TState>(IReadOnlyList<Token> tokens, int at, TState state, Func<TState, T, int, int, bool> accept, out T value, out int end)
    {
        value = default!;
        end = -1;
        var node = _root;
        for (var i = at; i < tokens.Count; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(tokens[i].Lower, out var child)) break;
            node = child;
            if (node.HasValue && accept(state, node.Value!, at, i + 1))
            {
                value = node.Value!;
                end = i + 1;
            }
        }
        return end > 0;
    }

    /// <summary>As above for a sentence's own token list, read in place.</summary>
    public bool TryMatch<TState>(List<Token> tokens, int at, TState state, Func<TState, T, int, int, bool> accept, out T value, out int end)
    {
        value = default!;
        end = -1;
        var span = CollectionsMarshal.AsSpan(tokens);
        if (at >= span.Length || FirstWords is not { } first || !first.Filter.MayContain(span[at].Key) || !first.TryGetValue(in span[at], out var node)) return false;
        if (node.HasValue && accept(state, node.Value!, at, at + 1))
        {
            value = node.Value!;
            end = at + 1;
        }
        for (var i = at + 1; i < span.Length; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(in span[i], out var child)) break;
            node = child;
            if (node.HasValue && accept(state, node.Value!, at, i + 1))
            {
                value = node.Value!;
                end = i + 1;
            }
        }
        return end > 0;
    }
}

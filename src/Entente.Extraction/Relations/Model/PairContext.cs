using System.Text;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Relations.Model;

/// <summary>
/// The words in the slots around an ordered pair of mentions, as stems: the word before and after each mention,
/// the first and last word between them, and the whole path between them when it is short ("and", "'s ally",
/// "troops in"), with the mentions inside it written as their kind. Training counts them; extraction looks them up.
/// </summary>
public static class PairContext
{
    public const int MaxPath = 4;

    /// <summary>The slots that hold one word, each read from one token.</summary>
    public static readonly ContextSlot[] WordSlots =
        [ContextSlot.BeforeA, ContextSlot.AfterA, ContextSlot.BeforeB, ContextSlot.AfterB, ContextSlot.FirstBetween, ContextSlot.LastBetween];

    public static void Fill(SentenceAnalysis s, EntityMention a, EntityMention b, Span<string?> slots)
    {
        slots.Clear();
        foreach (var slot in WordSlots) slots[(int)slot] = Word(s, TokenOf(slot, a, b));
        slots[(int)ContextSlot.ShortPath] = ShortPath(s, a, b);
    }

    /// <summary>The token a one-word slot reads, or -1 where the slot is empty (no word between adjacent mentions).</summary>
    public static int TokenOf(ContextSlot slot, EntityMention a, EntityMention b)
    {
        var (first, second) = a.First <= b.First ? (a, b) : (b, a);
        var between = second.First > first.Last;
        return slot switch
        {
            ContextSlot.BeforeA => a.First - 1,
            ContextSlot.AfterA => a.Last,
            ContextSlot.BeforeB => b.First - 1,
            ContextSlot.AfterB => b.Last,
            ContextSlot.FirstBetween => between ? first.Last : -1,
            ContextSlot.LastBetween => between ? second.First - 1 : -1,
            _ => throw new ArgumentOutOfRangeException(nameof(slot)),
        };
    }

    /// <summary>The words between two mentions at most <see cref="MaxPath"/> tokens apart, with the direction, else null.</summary>
    public static string? ShortPath(SentenceAnalysis s, EntityMention a, EntityMention b)
    {
        var (first, second) = a.First <= b.First ? (a, b) : (b, a);
        if (second.First <= first.Last || second.First - first.Last > MaxPath) return null;
        var path = new StringBuilder(a == first ? "a>" : "b>");
        for (var k = first.Last; k < second.First; k++)
        {
            path.Append(' ');
            if (s.MentionAt(k) is { } m && m.Form is not (MentionForm.Pronoun or MentionForm.Collective or MentionForm.Implied))
            {
                path.Append('<').Append(m.Entity.Kind).Append('>');
                k = m.Last - 1;
            }
            else path.Append(Word(s, k));
        }
        return path.ToString();
    }

    /// <summary>A token as a context word: its stem, punctuation as itself, a number as "#"; null outside the sentence.</summary>
    public static string? Word(SentenceAnalysis s, int k)
    {
        if (k < 0 || k >= s.Tokens.Count) return null;
        var t = s.Tokens[k];
        return t.Shape switch
        {
            Tokens.TokenShape.Number => "#",
            Tokens.TokenShape.Punct => t.Text,
            _ => WordStem.Of(t.Lower),
        };
    }

    /// <summary>The same word (<see cref="Word"/>) as characters of the token's text: no string is made for it.</summary>
    public static ReadOnlySpan<char> WordOf(in Tokens.Token t) => t.Shape switch
    {
        Tokens.TokenShape.Number => "#",
        Tokens.TokenShape.Punct => t.Text,
        _ => t.Lower.AsSpan(0, WordStem.LengthOf(t.Lower)),
    };
}

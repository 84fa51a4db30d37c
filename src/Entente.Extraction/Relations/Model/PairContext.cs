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

    public static void Fill(SentenceAnalysis s, EntityMention a, EntityMention b, Span<string?> slots)
    {
        slots.Clear();
        slots[(int)ContextSlot.BeforeA] = Word(s, a.First - 1);
        slots[(int)ContextSlot.AfterA] = Word(s, a.Last);
        slots[(int)ContextSlot.BeforeB] = Word(s, b.First - 1);
        slots[(int)ContextSlot.AfterB] = Word(s, b.Last);
        var (first, second) = a.First <= b.First ? (a, b) : (b, a);
        if (second.First <= first.Last) return;
        slots[(int)ContextSlot.FirstBetween] = Word(s, first.Last);
        slots[(int)ContextSlot.LastBetween] = Word(s, second.First - 1);
        if (second.First - first.Last > MaxPath) return;
        var path = new StringBuilder(a == first ? "a>" : "b>");
        for (var k = first.Last; k < second.First; k++)
        {
            path.Append(' ');
            if (s.MentionAt(k) is { } m && m.Form is not (MentionForm.Pronoun or MentionForm.Collective))
            {
                path.Append('<').Append(m.Entity.Kind).Append('>');
                k = m.Last - 1;
            }
            else path.Append(Word(s, k));
        }
        slots[(int)ContextSlot.ShortPath] = path.ToString();
    }

    /// <summary>A token as a context word: its stem, punctuation as itself, a number as "#".</summary>
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
}

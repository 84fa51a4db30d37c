namespace Entente.Web.Views;

/// <summary>
/// The sentence and the surrounding passage of an evidence span, cut from the stored source text. The search for a
/// sentence's ends looks at most <see cref="MaxReach"/> characters either way: extraction cuts sentences at that length,
/// so nothing past it belongs to the sentence, and a megabyte without a full stop costs each view no more than a page.
/// </summary>
public static class TextContext
{
    public const int MaxReach = Extraction.Sentences.SentenceSplitter.MaxSentenceChars;

    public static (int Start, int End) SentenceAround(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var s = start;
        var floor = Math.Max(0, start - MaxReach);
        while (s > floor && !EndsSentence(text, s - 1)) s--;
        var e = end;
        var ceiling = Math.Min(text.Length, end + MaxReach);
        while (e < ceiling && !EndsSentence(text, e)) e++;
        if (e < text.Length && EndsSentence(text, e) && text[e] != '\n') e++;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        return (s, e);
    }

    /// <summary>The sentence before, the evidence sentence and the one after, as three strings.</summary>
    public static PassageView Passage(string text, int start, int end)
    {
        if (text.Length == 0) return new PassageView("", "", "", 0, 0);
        var (s, e) = SentenceAround(text, start, end);
        var (ps, _) = s > 1 ? SentenceAround(text, s - 2, s - 2) : (s, s);
        var (_, ne) = e < text.Length - 1 ? SentenceAround(text, e + 1, e + 1) : (e, e);
        var hs = Math.Clamp(start, s, e) - s;
        var he = Math.Clamp(end, s, e) - s;
        return new PassageView(text[ps..s], text[s..e], text[e..ne], hs, he);
    }

    private static bool EndsSentence(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '?' or '!' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])));
}

/// <summary>A passage around evidence; <c>highlight_start</c>/<c>highlight_end</c> index into <c>sentence</c>.</summary>
public sealed record PassageView(string Before, string Sentence, string After, int HighlightStart, int HighlightEnd);

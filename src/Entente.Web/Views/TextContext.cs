namespace Entente.Web.Views;

/// <summary>The sentence and the surrounding passage of an evidence span, cut from the source text.</summary>
public static class TextContext
{
    public static (int Start, int End) SentenceAround(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var s = start;
        while (s > 0 && !EndsSentence(text, s - 1)) s--;
        var e = end;
        while (e < text.Length && !EndsSentence(text, e)) e++;
        if (e < text.Length && text[e] != '\n') e++;
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

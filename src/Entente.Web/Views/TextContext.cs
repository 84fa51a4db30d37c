using Entente.Core.Claims;
using Entente.Core.Sources;
using Entente.Extraction.Sentences;

namespace Entente.Web.Views;

/// <summary>
/// The sentence and the surrounding passage of an evidence span, cut from the stored source text at the sentence ends
/// extraction uses (<see cref="SentenceSplitter"/>: "Gen. Soleimani" or "U.S. forces" do not end a sentence), so the
/// sentence a view shows is the one the claim was read from. One instance serves the workbench (a singleton the
/// server registers), so the abbreviations are loaded once.
/// </summary>
public sealed class TextContext(SentenceSplitter splitter)
{
    public (int Start, int End) SentenceAround(string text, int start, int end) => splitter.SentenceAround(text, start, end);

    /// <summary>
    /// The text to show evidence in and its place there: the file as read when it is stored (the words the evidence text
    /// quotes, curly quotes and all), else the normalized text extraction read (also for a web page, whose file is markup).
    /// </summary>
    public static (string Text, int Start, int End) Locate(Source? source, EvidenceSpan evidence) =>
        source is { OriginalText: { } original, OriginalIsMarkup: false } && evidence is { OriginalStart: { } start, OriginalEnd: { } end }
            ? (original, start, end)
            : (source?.Text ?? "", evidence.Start, evidence.End);

    /// <summary>The sentence before, the evidence sentence and the one after, as three strings.</summary>
    public PassageView Passage(string text, int start, int end)
    {
        if (text.Length == 0) return new PassageView("", "", "", 0, 0);
        var (s, e) = SentenceAround(text, start, end);
        var (ps, _) = s > 1 ? SentenceAround(text, s - 2, s - 2) : (s, s);
        var (_, ne) = e < text.Length - 1 ? SentenceAround(text, e + 1, e + 1) : (e, e);
        var hs = Math.Clamp(start, s, e) - s;
        var he = Math.Clamp(end, s, e) - s;
        return new PassageView(text[ps..s], text[s..e], text[e..ne], hs, he);
    }
}

/// <summary>A passage around evidence; <c>highlight_start</c>/<c>highlight_end</c> index into <c>sentence</c>.</summary>
public sealed record PassageView(string Before, string Sentence, string After, int HighlightStart, int HighlightEnd);

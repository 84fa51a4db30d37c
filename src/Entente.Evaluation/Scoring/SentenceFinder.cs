using Entente.Extraction.Sentences;

namespace Entente.Evaluation;

/// <summary>The sentences of a text, to show a claim's evidence with the sentence (or sentences) around it.</summary>
internal sealed class SentenceFinder(string text, SentenceSplitter splitter)
{
    private readonly List<SentenceSpan> _sentences = splitter.Split(text);

    /// <summary>The text from the start of the sentence holding <paramref name="start"/> to the end of the one holding <paramref name="end"/>.</summary>
    public string Around(int start, int end, string fallback)
    {
        if (start < 0 || end > text.Length || end < start) return fallback;
        var first = _sentences.FindIndex(s => s.End > start);
        if (first < 0) return fallback;
        var last = _sentences.FindLastIndex(s => s.Start < end);
        if (last < first) last = first;
        return text[Math.Min(_sentences[first].Start, start).._sentences[last].End].ReplaceLineEndings(" ").Trim();
    }
}

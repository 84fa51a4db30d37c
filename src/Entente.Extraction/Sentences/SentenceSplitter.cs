namespace Entente.Extraction.Sentences;

/// <summary>
/// Splits a document into sentences. Every line is a paragraph, and a line without closing punctuation
/// is a heading of its own. Inside a line a sentence ends at . ! ? (and any closing quotes after it)
/// followed by a space and an upper-case letter, digit or opening quote, unless the dot closes an
/// abbreviation such as "U.S.", "Gen." or "e.g.".
/// A sentence longer than <see cref="MaxSentenceChars"/> is cut into pieces of at most that length, each ending
/// at the last white space before the limit (or at the limit itself in a run without any), and the pieces are
/// sentences of the same paragraph. No prose sentence is that long; text that is (a page with no full stop, a
/// megabyte of one token) would otherwise make every later stage pay for one enormous sentence, as candidate
/// pairs grow with the square of the mentions in a sentence.
/// The abbreviations come from outside (<see cref="Abbreviations"/>, loaded once), so every splitter a process makes
/// shares one table and none keeps it in a static field.
/// </summary>
public sealed class SentenceSplitter(Abbreviations abbreviations)
{
    /// <summary>The longest sentence the splitter gives; longer ones are cut as the class says.</summary>
    public const int MaxSentenceChars = 3000;

    public List<SentenceSpan> Split(string text)
    {
        var result = new List<SentenceSpan>();
        var lineStart = 0;
        var paragraph = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            if (SplitLine(text, lineStart, lineEnd, paragraph, result)) paragraph++;
            lineStart = lineEnd + 1;
        }
        return result;
    }

    /// <summary>
    /// The sentence (or sentences) holding <c>[start, end)</c>, as extraction splits them: the views show a claim's
    /// evidence in the sentence it came from. Only the line around the span is split, and at most
    /// <see cref="MaxSentenceChars"/> of it either way (no sentence is longer), so a view never splits a whole book.
    /// </summary>
    public (int Start, int End) SentenceAround(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var lineStart = start == 0 ? -1 : text.LastIndexOf('\n', start - 1, Math.Min(start, MaxSentenceChars));
        var from = lineStart >= 0 ? lineStart + 1 : Math.Max(0, start - MaxSentenceChars);
        var lineEnd = text.IndexOf('\n', end, Math.Min(text.Length - end, MaxSentenceChars));
        var to = lineEnd >= 0 ? lineEnd : Math.Min(text.Length, end + MaxSentenceChars);
        var sentences = Split(text[from..to]);
        var first = sentences.FindIndex(x => from + x.End > start);
        var last = sentences.FindLastIndex(x => from + x.Start < end);
        if (first < 0 || last < 0) return (start, end);
        return (Math.Min(start, from + sentences[first].Start), Math.Max(end, from + sentences[Math.Max(first, last)].End));
    }

    /// <summary>Adds the sentences of one line; false for a blank line, which is no paragraph.</summary>
    private bool SplitLine(string text, int start, int end, int paragraph, List<SentenceSpan> into)
    {
        var s = Trim(text, start, end, out var e);
        if (s >= e) return false;
        var heading = !IsTerminal(text, e);
        var i = s;
        var sentenceStart = s;
        while (i < e)
        {
            // Jump to the next . ! or ? (a vectorized search): every other character only moves the scan on.
            var next = text.AsSpan(i, e - i).IndexOfAny('.', '!', '?');
            if (next < 0) break;
            i += next;
            var c = text[i];
            if (!(c == '.' && abbreviations.EndsWithAbbreviation(text, s, i)))
            {
                var j = i + 1;
                while (j < e && IsClosing(text[j])) j++;
                if (j < e && char.IsWhiteSpace(text[j]))
                {
                    var k = j;
                    while (k < e && char.IsWhiteSpace(text[k])) k++;
                    if (k < e && StartsSentence(text[k]))
                    {
                        Add(text, new SentenceSpan(sentenceStart, j, false, paragraph), into);
                        sentenceStart = k;
                        i = k;
                        continue;
                    }
                }
            }
            i++;
        }
        if (sentenceStart < e) Add(text, new SentenceSpan(sentenceStart, e, heading && sentenceStart == s, paragraph), into);
        return true;
    }

    /// <summary>Adds a sentence, cut into pieces when it is longer than <see cref="MaxSentenceChars"/>; a cut line is no heading.</summary>
    private static void Add(string text, SentenceSpan sentence, List<SentenceSpan> into)
    {
        if (sentence.End - sentence.Start <= MaxSentenceChars)
        {
            into.Add(sentence);
            return;
        }
        var start = sentence.Start;
        while (sentence.End - start > MaxSentenceChars)
        {
            var cut = CutBefore(text, start, start + MaxSentenceChars);
            into.Add(new SentenceSpan(start, cut, false, sentence.Paragraph));
            start = cut;
            while (start < sentence.End && char.IsWhiteSpace(text[start])) start++;
        }
        if (start < sentence.End) into.Add(new SentenceSpan(start, sentence.End, false, sentence.Paragraph));
    }

    /// <summary>Where a piece starting at <paramref name="start"/> ends: after its last word before <paramref name="limit"/>, else at the limit (not inside a surrogate pair).</summary>
    private static int CutBefore(string text, int start, int limit)
    {
        var space = text.AsSpan(start + 1, limit - start - 1).LastIndexOfAny(' ', '\t', '\u00A0');
        if (space >= 0)
        {
            var end = start + 1 + space;
            while (end > start + 1 && char.IsWhiteSpace(text[end - 1])) end--;
            return end;
        }
        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }

    private static int Trim(string text, int start, int end, out int trimmedEnd)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        trimmedEnd = end;
        return start;
    }

    private static bool IsTerminal(string text, int end)
    {
        var i = end - 1;
        while (i >= 0 && IsClosing(text[i])) i--;
        return i >= 0 && text[i] is '.' or '!' or '?' or ':' or '…';
    }

    private static bool IsClosing(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']';

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '[';
}

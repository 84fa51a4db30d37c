using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Attribution;

/// <summary>
/// The verbs of lexicons/speech-verbs.tsv: who says, claims or believes something, with the certainty that gives what
/// is said ("said" reports, "claims" alleges, "believes" makes it likely). Verbs that also take a plain object
/// ("announced sanctions", "found a buyer") attribute only before "that" or a quote. A negated verb ("would not say")
/// attributes nothing.
/// </summary>
public sealed class SpeechVerbs
{
    /// <summary>What must follow the verb for it to report: anything, "that" (or a quote), or a clause's start ("claims they were …").</summary>
    public enum Needs { Any, That, Clause }

    public sealed record Entry(Certainty Certainty, Needs Needs);

    private readonly PhraseTable<Entry> _table = new();
    private readonly WordClasses _words;

    /// <summary>The word classes the verbs are read with; attribution reads its speakers with them too.</summary>
    public WordClasses Words => _words;

    public SpeechVerbs(WordClasses words)
    {
        _words = words;
        foreach (var (line, cols) in LexiconFiles.Read("speech-verbs.tsv", 3))
        {
            if (!CertaintyScales.TryParseCertainty(cols[1], out var certainty) || !Enum.TryParse<Needs>(cols[2], ignoreCase: true, out var needs))
                throw new FormatException($"lexicons/speech-verbs.tsv:{line}: expected verbs, a certainty and 'any', 'that' or 'clause'");
            foreach (var f in LexiconFiles.Forms(cols[0])) _table.Add(f, new Entry(certainty, needs));
        }
    }

    /// <summary>A speech verb at token <paramref name="k"/>, its tokens [k, end), used as speech here; next to a quote any of them is.</summary>
    public bool TryAt(SentenceAnalysis s, int k, out Entry entry, out int end, bool quoted)
    {
        // A capital or a name around the word makes it part of a name ("the United States"), not a verb.
        if (!_table.TryMatch(s.Tokens, k, out entry, out end) || Negated(s, k) || k > 0 && s.Tokens[k].IsCapitalized || s.MentionAt(k) is not null) return false;
        var next = end < s.Tokens.Count ? s.Tokens[end].Lower : "";
        // "claimed responsibility for the attack": a party owning up to its act (the certainty cue reads it), not a claim.
        if (next is "responsibility" or "credit") return false;
        if (entry.Needs == Needs.Any || quoted) return true;
        // "the claims were false" names claims; "Kenya claims they were …" makes one.
        if (entry.Needs == Needs.Clause && k > 0 && _words.Is(s.Tokens[k - 1], WordClass.DeterminerBeforeSpeechNoun)) return false;
        if (entry.Needs == Needs.Clause && (_words.Is(next, WordClass.ClauseStartAfterSpeech) || end < s.Tokens.Count && s.MentionAt(end) is not null)) return true;
        // A longer circumstance of the speaker's may come between the verb and its "that" ("indicated after a meeting
        // with his counterpart that …").
        if (ContentStart(s, end) > end) return true;
        // "announced on Monday that …", "claims to have evidence that …": a short circumstance may too; but "announces
        // sanctions that …" names its object before the "that", so a noun-taking verb needs "to" there.
        if (entry.Needs == Needs.Clause && next != "to") return false;
        for (var j = end; j < s.Tokens.Count && j <= end + 4; j++)
            if (_words.Is(s.Tokens[j], WordClass.ThatOrQuote)) return true;
        if (entry.Needs == Needs.Clause) return false;
        // "the panel's report revealed stronger ties …": what a document reveals or finds is its content.
        for (var j = k - 1; j >= 0 && j >= k - 4; j--)
            if (_words.Is(s.Tokens[j], WordClass.DocumentNoun)) return true;
        return next is "," or "." || end >= s.Tokens.Count || OnlyTimeFollows(s, end);
    }

    /// <summary>
    /// "…, Defense News reported over the weekend.", "…, state media reported Saturday": only a time follows the verb
    /// before its clause ends, so the verb has no object of its own and reports what came before it.
    /// </summary>
    private bool OnlyTimeFollows(SentenceAnalysis s, int end)
    {
        var j = end;
        var timed = false;
        while (j < s.Tokens.Count)
        {
            if (TimeAt(s, j) is { } last)
            {
                j = last;
                timed = true;
            }
            else if (_words.Is(s.Tokens[j], WordClass.UndatedTimeWord))
            {
                j++;
                timed = true;
            }
            else if (_words.Is(s.Tokens[j], WordClass.TimeWordOpener)) j++;
            else break;
        }
        return timed && (j >= s.Tokens.Count || s.Tokens[j].Lower is "," or "." or "\"" or "”");
    }

    /// <summary>Where the time expression that starts at token <paramref name="k"/> ends, or null.</summary>
    private static int? TimeAt(SentenceAnalysis s, int k)
    {
        foreach (var t in s.Times)
            if (t.First == k) return t.Last;
        return null;
    }

    /// <summary>
    /// "said during a visit to Hanoi in March that …", "told reporters in Moscow that …", "said at the meeting: …": what
    /// the verb reports starts at its "that" or colon; the circumstance before it is the speaker's, not the report's.
    /// </summary>
    public int ContentStart(SentenceAnalysis s, int end)
    {
        if (end >= s.Tokens.Count || !_words.Is(s.Tokens[end], WordClass.CircumstanceOpener)) return end;
        for (var j = end + 1; j < s.Tokens.Count && j <= end + 12; j++)
        {
            var t = s.Tokens[j];
            if (_words.Is(t, WordClass.ContentOpener)) return j + 1;
            if (_words.Is(t, WordClass.CircumstanceEnd)) break;
        }
        return end;
    }

    private bool Negated(SentenceAnalysis s, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
            if (_words.Is(s.Tokens[j], WordClass.Negator) || s.Tokens[j].Is("t") && j > 0 && s.Tokens[j - 1].Is("'")) return true;
        return false;
    }
}

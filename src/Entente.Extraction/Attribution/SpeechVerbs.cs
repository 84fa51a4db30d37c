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

    private static readonly WordSet Determiners = ["the", "these", "those", "such", "his", "her", "its", "their", "our", "'s", "of", "new", "earlier", "recent"];
    private static readonly WordSet Documents = ["report", "study", "assessment", "investigation", "documents", "document", "data", "statement", "announcement", "analysis", "findings", "letter", "cable", "intelligence"];
    private static readonly WordSet ClauseStarts = ["that", "\"", "it", "they", "he", "she", "we", "there", "this"];

    private readonly PhraseTable<Entry> _table = new();

    public SpeechVerbs()
    {
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
        if (entry.Needs == Needs.Any || quoted) return true;
        var next = end < s.Tokens.Count ? s.Tokens[end].Lower : "";
        // "the claims were false" names claims; "Kenya claims they were …" makes one.
        if (entry.Needs == Needs.Clause && k > 0 && Determiners.Contains(s.Tokens[k - 1])) return false;
        if (entry.Needs == Needs.Clause && (ClauseStarts.Contains(next) || end < s.Tokens.Count && s.MentionAt(end) is not null)) return true;
        // A longer circumstance of the speaker's may come between the verb and its "that" ("indicated after a meeting
        // with his counterpart that …").
        if (ContentStart(s, end) > end) return true;
        // "announced on Monday that …", "claims to have evidence that …": a short circumstance may too; but "announces
        // sanctions that …" names its object before the "that", so a noun-taking verb needs "to" there.
        if (entry.Needs == Needs.Clause && next != "to") return false;
        for (var j = end; j < s.Tokens.Count && j <= end + 4; j++)
            if (s.Tokens[j].Lower is "that" or "\"") return true;
        if (entry.Needs == Needs.Clause) return false;
        // "the panel's report revealed stronger ties …": what a document reveals or finds is its content.
        for (var j = k - 1; j >= 0 && j >= k - 4; j--)
            if (Documents.Contains(s.Tokens[j])) return true;
        return next is "," or "." || end >= s.Tokens.Count || OnlyTimeFollows(s, end);
    }

    private static readonly WordSet TimePrepositions = ["on", "over", "in", "at", "late", "early", "earlier", "this", "last", "the"];
    /// <summary>Time words that need no publication date to be one (the time stage resolves only what it can date).</summary>
    private static readonly WordSet TimeWords =
    [
        "weekend", "week", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "overnight",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ];

    /// <summary>
    /// "…, Defense News reported over the weekend.", "…, state media reported Saturday": only a time follows the verb
    /// before its clause ends, so the verb has no object of its own and reports what came before it.
    /// </summary>
    private static bool OnlyTimeFollows(SentenceAnalysis s, int end)
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
            else if (TimeWords.Contains(s.Tokens[j]))
            {
                j++;
                timed = true;
            }
            else if (TimePrepositions.Contains(s.Tokens[j])) j++;
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

    private static readonly WordSet CircumstanceOpeners =
        ["during", "at", "in", "on", "after", "before", "while", "last", "this", "earlier", "late", "over", "from", "via", "reporters", "journalists"];

    /// <summary>
    /// "said during a visit to Hanoi in March that …", "told reporters in Moscow that …", "said at the meeting: …": what
    /// the verb reports starts at its "that" or colon; the circumstance before it is the speaker's, not the report's.
    /// </summary>
    public static int ContentStart(SentenceAnalysis s, int end)
    {
        if (end >= s.Tokens.Count || !CircumstanceOpeners.Contains(s.Tokens[end])) return end;
        for (var j = end + 1; j < s.Tokens.Count && j <= end + 12; j++)
        {
            var t = s.Tokens[j];
            if (t.Lower is "that" or ":") return j + 1;
            if (t.Lower is "," or ";" or "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would") break;
        }
        return end;
    }

    private static bool Negated(SentenceAnalysis s, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
            if (s.Tokens[j].Lower is "not" or "n't" or "never" or "no" || s.Tokens[j].Is("t") && j > 0 && s.Tokens[j - 1].Is("'")) return true;
        return false;
    }
}

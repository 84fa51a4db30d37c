using System.Runtime.InteropServices;
using Entente.Extraction.Attribution;
using Entente.Extraction.Cues;
using Entente.Extraction.Mentions;
using Entente.Extraction.Relations;
using Entente.Extraction.Sentences;
using Entente.Extraction.Time;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Pipeline;

/// <summary>What the stages learn about one sentence. Each stage fills its own part, in pipeline order.</summary>
public sealed class SentenceAnalysis(int index, SentenceSpan span, string text)
{
    public int Index { get; } = index;
    public SentenceSpan Span { get; } = span;
    public string DocumentText { get; } = text;

    public List<Token> Tokens { get; set; } = [];

    /// <summary>The clause number of each token: clauses end at , ; : dashes and brackets.</summary>
    public int[] ClauseOf { get; set; } = [];

    /// <summary>True for tokens where a hard boundary (; : dash, quote edge) follows: arguments do not cross it.</summary>
    public bool[] HardBreakAfter { get; set; } = [];

    public List<EntityMention> Mentions { get; } = [];
    public List<TimeMention> Times { get; } = [];

    /// <summary>The time the sentences before it in its paragraph carry into it (see <see cref="TimeStage"/>); null when none.</summary>
    public Core.Time.ClaimTime? CarriedTime { get; set; }
    public List<CueMention> Cues { get; } = [];
    public List<AttributionSpan> Attributions { get; } = [];
    public List<TriggerMention> Triggers { get; } = [];

    private bool[]? _insideQuote;

    /// <summary>Whether token <paramref name="k"/> lies between a quotation mark and the next one, counted from the
    /// sentence's start (a mark itself lies inside none). Made on first use: the stages that ask come after the tokens.</summary>
    public bool InsideQuote(int k) => (_insideQuote ??= QuotedTokens())[k];

    /// <summary>A straight or curly double quotation mark.</summary>
    public static bool IsQuoteMark(Token t) => t.Text is "\"" or "\u201C" or "\u201D";

    private bool[] QuotedTokens()
    {
        var inside = new bool[Tokens.Count];
        var open = false;
        for (var k = 0; k < Tokens.Count; k++)
        {
            if (IsQuoteMark(Tokens[k])) open = !open;
            else inside[k] = open;
        }
        return inside;
    }

    public string TextOf(int first, int last) =>
        first >= last ? "" : DocumentText[Tokens[first].Start..Tokens[last - 1].End];

    /// <summary>The mention covering a token (the first one when two share it, as in "Russo-Iranian").</summary>
    /// <remarks>
    /// Called for every token by the name and clause searches, so a sentence costs tokens × mentions of these reads: a
    /// 3,000-character sentence of names has about 250 mentions. The loop reads the list's array directly rather than
    /// through its checked enumerator, which made these reads a sixth of such a sentence's extraction.
    /// </remarks>
    public EntityMention? MentionAt(int token)
    {
        foreach (var m in CollectionsMarshal.AsSpan(Mentions))
            if (m.First <= token && token < m.Last) return m;
        return null;
    }

    /// <summary>A person named by name starting right at <paramref name="token"/> ("Rosatom director Leonid Markov"), the
    /// holder a post or an apposition introduces.</summary>
    public EntityMention? PersonNamedAt(int token)
    {
        foreach (var m in CollectionsMarshal.AsSpan(Mentions))
            if (m.First == token && m.Form == MentionForm.Name && m.Entity.Kind == Core.Entities.EntityKind.Person) return m;
        return null;
    }

    /// <summary>Whether a relation trigger starts at <paramref name="token"/>.</summary>
    public bool TriggerStartsAt(int token)
    {
        foreach (var t in CollectionsMarshal.AsSpan(Triggers))
            if (t.First == token) return true;
        return false;
    }

    /// <summary>
    /// "Algeria demands the withdrawal of …", "Russia sanctions Estonian officials", "Iran arms Hezbollah": an -s word right
    /// after a name with no article before it, and right before an article, a possessive, "that" or another actor, or
    /// before "and" and another such word ("Iran arms and funds Hezbollah"), is the name's verb, not a noun the name
    /// qualifies ("the Russia sanctions regime", "IRGC weapons shipments to …").
    /// </summary>
    public bool VerbAfterName(EntityMention name, int next, Lexicons.WordClasses words)
    {
        if (!Tokens[next].Lower.EndsWith('s')) return false;
        // "The UAE arms the RSF": a name may take the article, but then only an article or an actor after the word shows
        // the word a verb ("the Wagner operations that …" is a noun phrase).
        var bare = name.First == 0 || !words.Is(Tokens[name.First - 1], Lexicons.WordClass.Article);
        return VerbBeforeItsObject(next, words, bare)
            // Not "US sanctions and is the largest …": an auxiliary after "and" starts a clause of its own.
            || IsWord(next + 1, "and") && next + 2 < Tokens.Count && MentionAt(next + 2) is null && !words.Is(Tokens[next + 2], Lexicons.WordClass.FiniteVerb)
            && VerbBeforeItsObject(next + 2, words, bare);
    }

    private bool VerbBeforeItsObject(int k, Lexicons.WordClasses words, bool bareName)
    {
        if (!Tokens[k].Lower.EndsWith('s') || k + 1 >= Tokens.Count) return false;
        var after = Tokens[k + 1];
        return words.Is(after, Lexicons.WordClass.Article) || MentionAt(k + 1) is { IsMateriel: false }
            || bareName && (words.Is(after, Lexicons.WordClass.PossessivePronoun) || after.Is("that"));
    }

    /// <summary>
    /// <see cref="MentionAt"/> of every token at once, as the mentions stand now: for a reader of every token while they
    /// do not change (one pass over the mentions instead of one per token). The first listed of overlapping mentions is
    /// kept, as <see cref="MentionAt"/> finds it.
    /// </summary>
    public EntityMention?[] MentionAtEachToken()
    {
        var at = new EntityMention?[Tokens.Count];
        var mentions = CollectionsMarshal.AsSpan(Mentions);
        for (var i = mentions.Length - 1; i >= 0; i--)
            for (var k = Math.Max(0, mentions[i].First); k < mentions[i].Last && k < at.Length; k++) at[k] = mentions[i];
        return at;
    }

    public IEnumerable<EntityMention> MentionsAt(int token)
    {
        foreach (var m in Mentions)
            if (m.First <= token && token < m.Last) yield return m;
    }

    public bool IsWord(int i, string lower) => i >= 0 && i < Tokens.Count && Tokens[i].Is(lower);

    /// <summary>Nothing but plain words (no punctuation, no mention) in [from, to): "officials", "the heavy".</summary>
    public bool OnlyWords(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (Tokens[k].Shape != TokenShape.Word || MentionAt(k) is not null) return false;
        return true;
    }

    /// <summary>A comma stands among tokens [from, to).</summary>
    public bool CommaBetween(int from, int to)
    {
        for (var k = Math.Max(0, from); k < to && k < Tokens.Count; k++)
            if (Tokens[k].Is(",")) return true;
        return false;
    }

    public void SortMentions() => Mentions.Sort(static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Last.CompareTo(b.Last));
}

internal static class SentenceAnalysisExtensions
{
    /// <summary>True when the word before the mention (past "the") is "with", as in "with Russia directly arming …".</summary>
    public static bool PrepositionIsWith(this SentenceAnalysis s, Mentions.EntityMention m)
    {
        var k = m.First - 1;
        while (k >= 0 && s.Tokens[k].Is("the")) k--;
        return k >= 0 && s.Tokens[k].Is("with");
    }
}

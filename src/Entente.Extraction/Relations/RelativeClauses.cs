using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Relations;

/// <summary>
/// Non-restrictive relative clauses after an actor: "Hamas, which Iran has funded for years, fired …". Inside
/// the clause (from the relative word to its closing comma) the antecedent is the missing argument: the object
/// when the clause has a subject of its own ("which Iran has funded"), else the subject. After the clause, the
/// main verb belongs to the antecedent, not to the actor inside the clause. A participle with its agent after "by"
/// ("Burkina Faso, backed by Russia, cut ties …") is such a clause too, with the antecedent as its object.
/// </summary>
public sealed class RelativeClauses
{
    /// <summary>A clause [Start, End); <paramref name="By"/> is the "by" of a reduced passive clause, else -1.</summary>
    public readonly record struct Clause(EntityMention Antecedent, int Start, int End, bool HasOwnSubject, int By = -1);

    private readonly List<Clause> _clauses = [];

    public RelativeClauses(SentenceAnalysis s, WordClasses words)
    {
        for (var k = 1; k + 1 < s.Tokens.Count; k++)
        {
            // "Turkey who has made deals with Tripoli …, is supplying": a "who" right after a name opens a clause too, though
            // no comma sets it off, when one closes it.
            if (s.Tokens[k].Is("who"))
            {
                if (s.MentionAt(k - 1) is { IsActor: true, Possessive: false } named && named.Last == k && ClosingComma(s, k + 1, UnmarkedReach) is { } close)
                    _clauses.Add(new Clause(named, k, close, false));
                continue;
            }
            // The comma first: a participle's test reads the mention at its token, which on a long sentence of names
            // cost a scan of its mentions for every token.
            if (!s.Tokens[k].Is(",")) continue;
            var reduced = ReducedStart(s, words, k + 1);
            if (!(words.Is(s.Tokens[k + 1], WordClass.RelativeWord) || reduced)) continue;
            if (s.MentionAt(k - 1) is not { IsActor: true } antecedent || antecedent.Possessive) continue;
            if (ClosingComma(s, k + 2) is not { } end) continue;
            var by = reduced ? ByIn(s, k + 1, end) : -1;
            if (reduced && by < 0) continue;
            var first = k + 2;
            while (first < end && words.Is(s.Tokens[first], WordClass.TheOrA)) first++;
            var ownSubject = !reduced && s.MentionAt(first) is { IsActor: true, IsMateriel: false } m && m != antecedent;
            _clauses.Add(new Clause(antecedent, k + 1, end, ownSubject, by));
        }
    }

    /// <summary>How far a clause no comma opens may run to the comma that closes it: a "who" with no comma is read as a
    /// clause only when it is short, and a sentence of many such words is not read again to its end for each.</summary>
    private const int UnmarkedReach = 40;

    /// <summary>The comma that closes a clause going on from <paramref name="from"/>, before any hard break; null for an unclosed
    /// clause, which runs to the end of the sentence: it is the sentence's last word, not an insertion.</summary>
    private static int? ClosingComma(SentenceAnalysis s, int from, int reach = int.MaxValue)
    {
        var end = from;
        var limit = (int)Math.Min(s.Tokens.Count, (long)from + reach);
        while (end < limit && !s.Tokens[end].Is(",") && !s.HardBreakAfter[end - 1]) end++;
        return end < s.Tokens.Count && s.Tokens[end].Is(",") ? end : null;
    }

    /// <summary>"Burkina Faso, backed by Russia, …": a participle opens a reduced relative clause (checked for "by" later).</summary>
    private static bool ReducedStart(SentenceAnalysis s, WordClasses words, int k) =>
        k < s.Tokens.Count && (s.Tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal) || words.Is(s.Tokens[k], WordClass.ReducedParticiple)) && s.MentionAt(k) is null;

    private static int ByIn(SentenceAnalysis s, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (s.Tokens[k].Is("by")) return k;
        return -1;
    }

    /// <summary>The clause containing token <paramref name="k"/>, if any.</summary>
    public Clause? Around(int k)
    {
        foreach (var c in _clauses)
            if (c.Start <= k && k < c.End) return c;
        return null;
    }

    /// <summary>True when token <paramref name="k"/> closes a clause (its comma).</summary>
    public bool Closes(int k)
    {
        foreach (var c in _clauses)
            if (c.End == k) return true;
        return false;
    }
}

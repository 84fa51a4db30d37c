using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Time;

/// <summary>The tense and aspect of the verb that carries a claim, as far as the words around its trigger show it.</summary>
public enum Tense { Unknown, Past, PresentPerfect, PastPerfect, Present, Progressive, Future }

/// <summary>
/// Reads the tense of the verb group that governs a trigger: the trigger itself when it is a verb ("supplied",
/// "has supplied", "is supplying", "had supplied"), else the nearest verb before it in its clause ("imposed sanctions",
/// "agreed to supply", "held talks"). Auxiliaries decide; a bare form is judged by its ending and a short list of
/// irregular pasts. No parser: it looks at most a few tokens back.
/// </summary>
public static class ClauseTense
{
    public static Tense Of(SentenceAnalysis s, WordClasses words, int trigger)
    {
        var clauseStart = NarrativeClauses.ClauseStart(s, trigger);
        for (var verb = trigger; verb >= clauseStart; verb = PreviousVerb(s, words, verb - 1, clauseStart))
        {
            if (verb < 0) break;
            var tense = OfVerbAt(s, words, verb, clauseStart);
            if (tense != Tense.Unknown) return tense;
        }
        return Tense.Unknown;
    }

    /// <summary>The tense of a verb group ending at <paramref name="k"/>, or Unknown when the word is no verb form that shows one.</summary>
    private static Tense OfVerbAt(SentenceAnalysis s, WordClasses words, int k, int clauseStart)
    {
        var w = s.Tokens[k].Lower;
        var aux = Auxiliary(s, words, k, clauseStart);
        if (aux is not null) return aux.Value;
        if (w is "had") return Tense.PastPerfect;
        if (words.Is(w, WordClass.PresentHave)) return Tense.PresentPerfect;
        if (words.Is(w, WordClass.PresentBe)) return Ongoing(s, words, k) ? Tense.Progressive : Tense.Present;
        if (words.Is(w, WordClass.PastAuxiliary)) return Tense.Past;
        if (words.Is(s.Tokens[k], WordClass.Modal)) return Tense.Future;
        if (IsPastForm(s.Tokens[k], words)) return k > 0 && s.Tokens[k - 1].Is("to") ? Tense.Unknown : Tense.Past;
        if (w.EndsWith('s') && w.Length > 3 && !w.EndsWith("ss", StringComparison.Ordinal) && k > clauseStart && SubjectBefore(s, words, k)) return Tense.Present;
        return Tense.Unknown;
    }

    /// <summary>The auxiliaries before a verb (past adverbs and "been"): "had supplied", "has been supplying", "will supply", "is supplying".</summary>
    private static Tense? Auxiliary(SentenceAnalysis s, WordClasses words, int k, int clauseStart)
    {
        var ing = s.Tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal);
        for (var a = k - 1; a >= clauseStart && a >= k - 5; a--)
        {
            var w = s.Tokens[a].Lower;
            switch (w)
            {
                case "had" or "'d":
                    return Tense.PastPerfect;
                case "has" or "have" or "'ve":
                    return Tense.PresentPerfect;
                case "is" or "are" or "am" or "'s" or "'re":
                    return ing ? Tense.Progressive : Tense.Present;
                case "was" or "were" or "did":
                    return Tense.Past;
                case "does" or "do":
                    return Tense.Present;
            }
            if (words.Is(s.Tokens[a], WordClass.Modal)) return Tense.Future;
            if (!words.Is(s.Tokens[a], WordClass.AdverbBeforeVerb)) break;
        }
        return null;
    }

    /// <summary>"is conducting the hiring", "is currently on a visit": a present "be" that tells what is going on now.</summary>
    private static bool Ongoing(SentenceAnalysis s, WordClasses words, int be)
    {
        for (var k = be + 1; k < s.Tokens.Count && k <= be + 3; k++)
        {
            var w = s.Tokens[k].Lower;
            if (words.Is(s.Tokens[k], WordClass.NowAdverb) || w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 4) return true;
            if (!words.Is(s.Tokens[k], WordClass.AdverbAfterBe)) return false;
        }
        return false;
    }

    /// <summary>A past form: a regular one in -ed or an irregular one ("sent", "hit").</summary>
    public static bool IsPastForm(in Token t, WordClasses words) => t.IsWord && (t.Lower.EndsWith("ed", StringComparison.Ordinal) && t.Lower.Length > 4 || words.Is(t, WordClass.IrregularPast));

    /// <summary>"Iran supplies …", "it backs …": a third-person verb right after its subject (a mention or a pronoun).</summary>
    private static bool SubjectBefore(SentenceAnalysis s, WordClasses words, int k)
    {
        var b = new TokenCursor(s.Tokens, words, k - 1).SkipBack(WordClass.AdverbAfterSubject).At;
        if (b < 0) return false;
        if (words.Is(s.Tokens[b], WordClass.SubjectPronoun)) return true;
        return s.MentionAt(b) is { IsActor: true } m && m.Last == b + 1;
    }

    /// <summary>The nearest token before <paramref name="from"/> in the clause that can carry a tense, or -1.</summary>
    private static int PreviousVerb(SentenceAnalysis s, WordClasses words, int from, int clauseStart)
    {
        for (var k = from; k >= clauseStart; k--)
        {
            var t = s.Tokens[k];
            if (words.Is(t, WordClass.TenseAuxiliary) || words.Is(t, WordClass.Modal) || IsPastForm(t, words)) return k;
            if (t.Lower.EndsWith('s') && SubjectBefore(s, words, k) && !t.Lower.EndsWith("ss", StringComparison.Ordinal)) return k;
        }
        return -1;
    }
}

using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Attribution;

/// <summary>
/// Finds who says what: quotes with a speaker ("“…,” Lapid told RTVi", "As Bogdanov emphasised, “…”"), reported
/// speech ("officials said Russia is providing …", "…, the ministry said on Monday", "…, citing a source"), "according
/// to X" and "what X called …". A quote may run over several sentences; quotes without a speech verb (scare quotes)
/// are not attributions. Reported speech covers what the verb introduces: the rest of the sentence, or of the relative
/// clause the verb stands in ("the strike, which the US said hit a radar site, came …"), or, when only a circumstance
/// follows the speaker, what comes before it.
/// </summary>
public sealed class AttributionStage(SpeechVerbs verbs) : IExtractionStage
{
    public void Run(DocumentAnalysis analysis)
    {
        var open = new List<(SentenceAnalysis S, int From)>();
        foreach (var s in analysis.EachSentence())
        {
            var quoteStart = open.Count > 0 ? 0 : -1;
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                var t = s.Tokens[i].Text;
                var opening = t is "“" || t == "\"" && quoteStart < 0 && open.Count == 0;
                var closing = t is "”" || t == "\"" && (quoteStart >= 0 || open.Count > 0);
                if (opening && quoteStart < 0 && open.Count == 0) quoteStart = i + 1;
                else if (closing && (quoteStart >= 0 || open.Count > 0))
                {
                    var from = Math.Max(0, quoteStart);
                    var sp = QuoteSpeaker(s, i + 1, forward: true)
                        ?? (open.Count > 0 ? QuoteSpeaker(open[0].S, open[0].From - 1, forward: false) : QuoteSpeaker(s, from - 1, forward: false));
                    if (sp is not null)
                    {
                        foreach (var (os, of) in open) os.Attributions.Add(new AttributionSpan(of, os.Tokens.Count, sp.Speaker.Name, sp.Speaker.Entity, -1, -1, Quoted: true, sp.Certainty));
                        s.Attributions.Add(new AttributionSpan(from, i, sp.Speaker.Name, sp.Speaker.Entity, sp.Verb, sp.VerbEnd, Quoted: true, sp.Certainty));
                    }
                    open.Clear();
                    quoteStart = -1;
                }
            }
            if (quoteStart >= 0) open.Add((s, quoteStart));
            // After the quotes, so that a quote's own speaker comes first; the rest of the sentence may report speech too.
            ReportedSpeech(s);
        }
    }

    private sealed record VerbAndSpeaker(Speaker Speaker, int Verb, int VerbEnd, Certainty Certainty);

    /// <summary>Looks for "X said" / "said X" next to a quote, in the direction given.</summary>
    private VerbAndSpeaker? QuoteSpeaker(SentenceAnalysis s, int from, bool forward)
    {
        if (from < 0 || from > s.Tokens.Count) return null;
        var lo = forward ? from : Math.Max(0, from - 14);
        var hi = forward ? Math.Min(s.Tokens.Count, from + 14) : from;
        for (var k = lo; k < hi; k++)
        {
            if (!verbs.TryAt(s, k, out var entry, out var end, quoted: true)) continue;
            var sp = Speakers.Before(s, verbs.Words, k) is { } before && before.First >= lo ? before : Speakers.After(s, verbs.Words, end);
            if (sp is not null) return new VerbAndSpeaker(sp, k, end, entry.Certainty);
        }
        return null;
    }

    /// <summary>"X said (that) …", "…, X said.", "according to X", "…, citing X" and "what X called …", without quotes.</summary>
    private void ReportedSpeech(SentenceAnalysis s)
    {
        var n = s.Tokens.Count;
        for (var k = 0; k < n; k++)
        {
            var w = s.Tokens[k].Lower;
            if (w == "according" && s.IsWord(k + 1, "to") && !NonSources.At(s, verbs.Words, k + 2))
            {
                var sp = FirstMention(s, k + 2, k + 4, actorsOnly: false);
                var name = sp is not null ? s.TextOf(sp.First, sp.Last) : s.TextOf(k + 2, Math.Min(n, k + 4));
                s.Attributions.Add(new AttributionSpan(0, n, name, sp?.Entity, k, k + 2));
                return;
            }
            if (w == "citing" && k > 0 && s.Tokens[k - 1].Is(","))
            {
                var sp = Speakers.After(s, verbs.Words, k + 1);
                s.Attributions.Add(new AttributionSpan(0, k - 1, sp?.Name ?? s.TextOf(k + 1, Math.Min(n, k + 3)), sp?.Entity, k, k + 1));
                return;
            }
            if (Continuation(s, k) is { } continued)
            {
                s.Attributions.Add(continued);
                return;
            }
            if (!verbs.TryAt(s, k, out var entry, out var end, quoted: false)) continue;
            var speaker = Speakers.Before(s, verbs.Words, k) ?? (k > 0 && s.Tokens[k - 1].Is(",") ? Speakers.After(s, verbs.Words, end) : null);
            if (speaker is null) continue;
            foreach (var (first, last) in Content(s, k, end, speaker))
                s.Attributions.Add(new AttributionSpan(first, last, speaker.Name, speaker.Entity, k, end, Certainty: entry.Certainty));
            return;
        }
    }

    /// <summary>
    /// "…, saying that …", "…, pointing out that …": a participle that goes on to report what the sentence's subject
    /// says; and "what he called its support": the words a speaker's naming covers, to the end of their clause.
    /// </summary>
    /// <summary>
    /// The first mention that starts within [<paramref name="from"/>, <paramref name="to"/>] (an actor's, if asked). A loop,
    /// not a lambda: these run for every token, and a lambda capturing the position would allocate its closure each time.
    /// </summary>
    private static Mentions.EntityMention? FirstMention(SentenceAnalysis s, int from, int to, bool actorsOnly)
    {
        foreach (var m in s.Mentions)
            if (m.First >= from && m.First <= to && (!actorsOnly || m.IsActor && m.Last <= to)) return m;
        return null;
    }

    private AttributionSpan? Continuation(SentenceAnalysis s, int k)
    {
        var words = verbs.Words;
        if (!words.Is(s.Tokens[k], WordClass.ReportingParticiple) && !words.Is(s.Tokens[k], WordClass.NamingVerb)) return null;
        var w = s.Tokens[k].Lower;
        var n = s.Tokens.Count;
        if (words.Is(s.Tokens[k], WordClass.ReportingParticiple) && k > 0 && s.Tokens[k - 1].Is(","))
        {
            var from = w == "pointing" && s.IsWord(k + 1, "out") ? k + 2 : k + 1;
            // "adding Ethiopia to the list" adds a thing; only "saying" always reports, the others before "that" or a quote.
            if (w != "saying" && !(from < n && words.Is(s.Tokens[from], WordClass.ThatOrQuote))) return null;
            var subject = FirstMention(s, 0, k, actorsOnly: true);
            var name = subject is not null ? s.TextOf(subject.First, subject.Last) : s.TextOf(0, Math.Min(k - 1, 3));
            return new AttributionSpan(from, n, name, subject?.Entity, k, from, Certainty: words.Is(w, WordClass.AllegingParticiple) ? Certainty.Alleged : Certainty.Reported);
        }
        if (words.Is(w, WordClass.NamingVerb) && k >= 2 && s.Tokens[k - 2].Is("what") && Speakers.Before(s, words, k) is { } speaker)
        {
            var last = k + 1;
            while (last < n && s.ClauseOf[last] == s.ClauseOf[k]) last++;
            return new AttributionSpan(k + 1, last, speaker.Name, speaker.Entity, k, k + 1);
        }
        return null;
    }

    /// <summary>
    /// What a speech verb at [verb, end) covers: the rest of its sentence (or of the relative clause it stands in), or
    /// the part before the speaker when only a circumstance follows ("…, the ministry said on Monday, citing …"); both
    /// when the report goes on with "adding" or "saying".
    /// </summary>
    private IEnumerable<(int First, int Last)> Content(SentenceAnalysis s, int verb, int end, Speaker speaker)
    {
        var n = s.Tokens.Count;
        var speakerAfter = speaker.First >= end;
        // "…, the US State Department said": the speaker's clause opens after a comma or a closing quote.
        var speakerClause = Time.NarrativeClauses.ClauseStart(s, Math.Min(speaker.First, verb));
        var commaBefore = speakerClause > 0 && s.Tokens[speakerClause - 1].Lower is "," or "\"" && !verbs.Words.Is(s.Tokens[speakerClause], WordClass.ReportRelativeWord);
        var before = (0, commaBefore ? speakerClause : Math.Min(speaker.First, verb));
        if (speakerAfter && speaker.Last < n && s.Tokens[speaker.Last].Is(","))
        {
            // "…, said the president, who had flown to Beijing": an inverted report says what came before it; the words
            // after its speaker describe the speaker.
            yield return before;
            if (GoesOn(s, speaker.Last) is var on and >= 0) yield return (on, n);
            yield break;
        }
        if ((commaBefore || speakerAfter) && Circumstance(s, speakerAfter ? speaker.Last : end, out var goesOn))
        {
            yield return before;
            if (goesOn >= 0) yield return (goesOn, n);
            yield break;
        }
        var clauseStart = Time.NarrativeClauses.ClauseStart(s, verb);
        var inRelative = clauseStart > 0 && verbs.Words.Is(s.Tokens[clauseStart], WordClass.ReportRelativeWord) && s.Tokens[clauseStart - 1].Is(",")
            || clauseStart > 0 && s.Tokens[clauseStart - 1].Is("(");
        var last = n;
        if (inRelative)
        {
            last = end;
            while (last < n && s.ClauseOf[last] == s.ClauseOf[verb]) last++;
        }
        yield return (verbs.ContentStart(s, end), last);
    }

    /// <summary>Where an "…, adding that …" or "…, saying …" after a speaker goes on with the report, else -1.</summary>
    private int GoesOn(SentenceAnalysis s, int from)
    {
        for (var k = from + 1; k < s.Tokens.Count; k++)
            if (verbs.Words.Is(s.Tokens[k], WordClass.GoingOnParticiple) && s.Tokens[k - 1].Is(",")) return k + 1;
        return -1;
    }

    /// <summary>
    /// True when only a circumstance follows a speaker's verb ("on Monday", "in a statement", "citing a source", "told
    /// Reuters"): no "that" and no verb of a clause of its own. <paramref name="goesOn"/> is where an "adding" or
    /// "saying" continues the report, else -1.
    /// </summary>
    private bool Circumstance(SentenceAnalysis s, int from, out int goesOn)
    {
        var words = verbs.Words;
        goesOn = -1;
        for (var k = from; k < s.Tokens.Count; k++)
        {
            var t = s.Tokens[k];
            if (words.Is(t, WordClass.GoingOnParticiple) && k > from && s.Tokens[k - 1].Is(","))
            {
                goesOn = k + 1;
                return true;
            }
            // "…, Reuters reported in late September, citing unnamed sources": the source cited is a circumstance too;
            // "…, four people close to the talks said, following a contract …, said Reuters" (or "…, state media reported"):
            // a second report is outside too.
            if (t.Lower is "citing" && k > from && s.Tokens[k - 1].Is(",")) return true;
            if (words.Is(t, WordClass.SecondReportVerb) && s.CommaBetween(Math.Max(from + 1, k - 4), k)) return true;
            if (t.Lower is "that" && k <= from + 1) return false;
            if (words.Is(t, WordClass.ClauseAuxiliary)) return false;
            if (Time.ClauseTense.IsPastForm(t, words) && s.MentionAt(k) is null && !s.IsWord(k - 1, "the") && !s.IsWord(k - 1, "a")) return false;
        }
        return true;
    }
}

using Entente.Core.Entities;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Attribution;

/// <summary>
/// Finds who says what: quotes with a speaker ("“…,” Lapid told RTVi", "As Bogdanov emphasised, “…”"),
/// reported speech ("officials said Russia is providing …", "…, the ministry said") and "according to X".
/// A quote may run over several sentences; quotes without a speech verb (scare quotes) are not attributions.
/// </summary>
public sealed class AttributionStage : IExtractionStage
{
    private static readonly WordSet SpeechVerbs =
    [
        "said", "says", "say", "told", "tells", "stated", "states", "claimed", "claims", "emphasised", "emphasized", "noted", "warned",
        "added", "announced", "insisted", "argued", "wrote", "declared", "stressed", "explained", "asserted", "acknowledged", "admitted", "alleged",
    ];

    public void Run(DocumentAnalysis analysis)
    {
        var open = new List<(SentenceAnalysis S, int From)>();
        foreach (var s in analysis.Sentences)
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
                    var sp = FindSpeaker(s, i + 1, forward: true)
                        ?? (open.Count > 0 ? FindSpeaker(open[0].S, open[0].From - 1, forward: false) : FindSpeaker(s, from - 1, forward: false));
                    if (sp is not null)
                    {
                        foreach (var (os, of) in open) os.Attributions.Add(new AttributionSpan(of, os.Tokens.Count, sp.Name, sp.Entity, -1, -1, Quoted: true));
                        s.Attributions.Add(new AttributionSpan(from, i, sp.Name, sp.Entity, sp.CueFirst, sp.CueLast, Quoted: true));
                    }
                    open.Clear();
                    quoteStart = -1;
                }
            }
            if (quoteStart >= 0) open.Add((s, quoteStart));
            if (s.Attributions.Count == 0) ReportedSpeech(s);
        }
    }

    private sealed record Speaker(string Name, Entity? Entity, int CueFirst, int CueLast);

    /// <summary>Looks for "X said" / "said X" next to a quote, in the direction given.</summary>
    private static Speaker? FindSpeaker(SentenceAnalysis s, int from, bool forward)
    {
        if (from < 0 || from > s.Tokens.Count) return null;
        var lo = forward ? from : Math.Max(0, from - 14);
        var hi = forward ? Math.Min(s.Tokens.Count, from + 14) : from;
        for (var k = lo; k < hi; k++)
        {
            if (!SpeechVerbs.Contains(s.Tokens[k])) continue;
            if (SpeakerNear(s, k, lo, hi) is { } sp) return sp;
        }
        return null;
    }

    private static Speaker? SpeakerNear(SentenceAnalysis s, int verb, int lo, int hi)
    {
        EntityMention? best = null;
        foreach (var m in s.Mentions)
        {
            if (!m.Entity.Kind.IsActor() || m.Role != MentionRole.Actor && m.Form != MentionForm.Official) continue;
            if (m.Last <= verb && m.Last >= Math.Max(lo, verb - 6) || m.First > verb && m.First <= Math.Min(hi, verb + 3)) best ??= m;
            if (m.Last <= verb && m.Last >= verb - 6) best = m;
        }
        if (best is not null) return new Speaker(s.TextOf(best.First, best.Last), best.Entity, verb, verb + 1);
        var k = verb - 1;
        while (k >= lo && s.Tokens[k].IsCapitalized) k--;
        if (k < verb - 1) return new Speaker(s.TextOf(k + 1, verb), null, verb, verb + 1);
        if (verb > 0 && s.Tokens[verb - 1].Lower is "officials" or "sources" or "diplomats" or "analysts" or "reports" or "ministry" or "spokesman" or "spokesperson")
            return new Speaker(s.TextOf(verb - 1, verb), null, verb, verb + 1);
        return null;
    }

    /// <summary>"…, South Korean officials said on Monday.": after the verb only a short circumstance, no actor and no clause.</summary>
    private static bool OnlyCircumstanceAfter(SentenceAnalysis s, int verb)
    {
        if (s.Tokens.Count - verb > 9 || s.IsWord(verb + 1, "that")) return false;
        foreach (var m in s.Mentions)
            if (m.First > verb && m.IsActor) return false;
        return verb > 0 && !s.Tokens[0].IsCapitalized || s.Tokens.Take(verb).Any(t => t.Is(","));
    }

    /// <summary>"X said (that) …", "…, X said." and "according to X" without quotes.</summary>
    private static void ReportedSpeech(SentenceAnalysis s)
    {
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            var w = s.Tokens[k].Lower;
            if (w == "according" && s.IsWord(k + 1, "to"))
            {
                var sp = s.Mentions.FirstOrDefault(m => m.First >= k + 2 && m.First <= k + 4);
                var name = sp is not null ? s.TextOf(sp.First, sp.Last) : s.TextOf(k + 2, Math.Min(s.Tokens.Count, k + 4));
                s.Attributions.Add(new AttributionSpan(0, s.Tokens.Count, name, sp?.Entity, k, k + 2));
                return;
            }
            if (!SpeechVerbs.Contains(s.Tokens[k]) || w is "claims" && !s.IsWord(k + 1, "that")) continue;
            if (SpeakerNear(s, k, Math.Max(0, k - 6), Math.Min(s.Tokens.Count, k + 3)) is not { } speaker) continue;
            var before = k > 0 && s.Tokens[k - 1].Is(",") || k > 1 && s.MentionAt(k - 1) is not null && s.IsWord(k - 2 - (s.MentionAt(k - 1)!.Last - s.MentionAt(k - 1)!.First - 1), ",");
            if (before || k >= s.Tokens.Count - 3 || OnlyCircumstanceAfter(s, k)) s.Attributions.Add(new AttributionSpan(0, k, speaker.Name, speaker.Entity, k, k + 1));
            else s.Attributions.Add(new AttributionSpan(k + 1, s.Tokens.Count, speaker.Name, speaker.Entity, k, k + 1));
            return;
        }
    }
}

using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Cues;

/// <summary>
/// Finds certainty, phase and negation cues. "Not only", "not merely" and "no fewer than" are not negations; a cue word
/// inside a name is not a cue, nor "according to" before what cites no source ("the terms of the deal").
/// </summary>
public sealed class CueStage(CueLexicon lexicon, WordClasses words) : IExtractionStage
{
    public void Run(DocumentAnalysis analysis)
    {
        foreach (var s in analysis.EachSentence())
        {
            var i = 0;
            while (i < s.Tokens.Count)
            {
                if (lexicon.Table.TryMatch(s.Tokens, i, out var e, out var end) && !InsideName(s, i) && !NotOnly(s, e, end) && !(s.Tokens[i].Is("according") && Attribution.NonSources.At(s, words, end)))
                {
                    s.Cues.Add(new CueMention(i, end, s.TextOf(i, end), e.Certainty, e.Phase, e.Negation, e.Scope, e.Refusal));
                    i = end;
                }
                else i++;
            }
        }
    }

    private static bool InsideName(SentenceAnalysis s, int i) => s.MentionAt(i) is { Form: not (Mentions.MentionForm.Pronoun or Mentions.MentionForm.Collective) };

    /// <summary>"not only", "no fewer than", "no doubt": a negation word that negates nothing.</summary>
    private bool NotOnly(SentenceAnalysis s, CueLexicon.Entry e, int end) =>
        e.Negation && end < s.Tokens.Count && words.Is(s.Tokens[end], WordClass.NegationUndoer);
}

using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Tokens;

/// <summary>
/// Tokenizes each sentence and marks its clauses. A clause ends at a comma, semicolon, colon, dash or
/// bracket; semicolons, colons and dashes are also hard breaks that arguments do not cross.
/// </summary>
public sealed class TokenStage : IExtractionStage
{
    public void Run(DocumentAnalysis analysis)
    {
        var text = analysis.Document.Text;
        var scratch = new List<Token>(64);
        foreach (var s in analysis.EachSentence())
        {
            s.Tokens = Tokenizer.Tokenize(text, s.Span.Start, s.Span.End, scratch);
            Segment(s);
        }
    }

    private static void Segment(SentenceAnalysis s)
    {
        var n = s.Tokens.Count;
        s.ClauseOf = new int[n];
        s.HardBreakAfter = new bool[n];
        var clause = 0;
        for (var i = 0; i < n; i++)
        {
            s.ClauseOf[i] = clause;
            var t = s.Tokens[i];
            if (t.Shape != TokenShape.Punct) continue;
            switch (t.Text)
            {
                case ";" or ":" or "–" or "—" or "-" or "…":
                    s.HardBreakAfter[i] = true;
                    clause++;
                    break;
                case "," or "(" or ")":
                    clause++;
                    break;
            }
        }
    }
}

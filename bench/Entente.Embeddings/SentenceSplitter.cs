using System.Text.RegularExpressions;

namespace Entente.Embeddings;

/// <summary>
/// A deliberately simple sentence split (line breaks, then a full stop, question or exclamation mark followed by space
/// and a capital or an opening quote). The measurement needs sentences of realistic length, not extraction's exact
/// boundaries, so the bench does not depend on the extraction assembly.
/// </summary>
public static partial class SentenceSplitter
{
    [GeneratedRegex(@"(?<=[.!?][""'”’)]?)\s+(?=[A-Z""“‘(])")]
    private static partial Regex Boundary();

    public static IEnumerable<string> Split(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            foreach (var piece in Boundary().Split(line))
            {
                var sentence = piece.Trim();
                if (sentence.Length > 0)
                    yield return sentence;
            }
        }
    }
}

using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Mentions;

/// <summary>
/// "The junta in Myanmar", "the regime of Nicolas Maduro", "the government in Damascus": the phrase names
/// the regime of the state (or person) after it, so the whole phrase becomes one mention of it.
/// </summary>
public static class RegimePhraseFinder
{
    public static void Apply(SentenceAnalysis s, WordClasses words)
    {
        foreach (var m in s.Mentions)
        {
            if (!m.Entity.Kind.IsActorKind() || m.First < 2) continue;
            if (!words.Is(s.Tokens[m.First - 1], WordClass.RegimePreposition) || !words.Is(s.Tokens[m.First - 2], WordClass.RegimePhraseNoun)) continue;
            var first = m.First - 2;
            if (first > 0 && words.Is(s.Tokens[first - 1], WordClass.TheOrA)) first--;
            m.First = first;
            m.RegimePhrase = true;
            m.Role = MentionRole.Actor;
        }
    }
}

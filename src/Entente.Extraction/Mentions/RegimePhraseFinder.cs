using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Mentions;

/// <summary>
/// "The junta in Myanmar", "the regime of Nicolas Maduro", "the government in Damascus": the phrase names
/// the regime of the state (or person) after it, so the whole phrase becomes one mention of it.
/// </summary>
public static class RegimePhraseFinder
{
    public static void Apply(SentenceAnalysis s)
    {
        foreach (var m in s.Mentions)
        {
            if (!m.Entity.Kind.IsActorKind() || m.First < 2) continue;
            var prep = s.Tokens[m.First - 1].Lower;
            var noun = s.Tokens[m.First - 2].Lower;
            if (prep is not ("in" or "of") || noun is not ("junta" or "regime" or "government" or "dictatorship")) continue;
            var first = m.First - 2;
            if (first > 0 && s.Tokens[first - 1].Lower is "the" or "a") first--;
            m.First = first;
            m.RegimePhrase = true;
            m.Role = MentionRole.Actor;
        }
    }
}

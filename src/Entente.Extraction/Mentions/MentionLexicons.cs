using Entente.Extraction.Lexicons;

namespace Entente.Extraction.Mentions;

/// <summary>The word lists the mention stage reads, loaded once at build time.</summary>
public sealed class MentionLexicons
{
    public HashSet<string> AgentNouns { get; } = LexiconFiles.WordSet("agent-nouns.tsv");
    public HashSet<string> ActionNouns { get; } = LexiconFiles.WordSet("action-nouns.tsv");
    public PhraseTable<string> Titles { get; } = LexiconFiles.PhraseSet("titles.tsv");
    public PhraseTable<string> GroupNouns { get; } = LexiconFiles.PhraseSet("group-nouns.tsv");
    public PhraseTable<string> RoleNouns { get; } = LexiconFiles.PhraseSet("role-nouns.tsv");
}

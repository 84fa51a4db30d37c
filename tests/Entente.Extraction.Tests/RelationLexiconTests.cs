using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Tests;

/// <summary>Lexicon files that name relations (role-nouns.tsv here; triggers.tsv and themes.tsv in the trigger lexicon) are checked at load.</summary>
public sealed class RelationLexiconTests
{
    [Fact]
    public void A_role_noun_naming_an_unknown_relation_fails_with_its_file_and_line()
    {
        var text = "# role nouns\nproxy|proxies\tproxy-of\nfriend|friends\tbefriends\n";
        var e = Assert.Throws<FormatException>(() => LexiconFiles.RelationPhraseSet(new StringReader(text), "role-nouns.tsv"));
        Assert.Equal("role-nouns.tsv:3: 'befriends' is not a relation type of the ontology", e.Message);
    }

    [Fact]
    public void The_shipped_role_nouns_load_with_their_relations()
    {
        var table = new MentionLexicons().RoleNouns;
        var s = Tokenizer.Tokenize("a proxy");
        Assert.True(table.TryMatch(s, 1, out var relation, out _));
        Assert.Equal("proxy-of", relation);
    }
}

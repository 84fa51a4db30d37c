using Entente.Extraction.Lexicons;
using Entente.Training.Lexical;

namespace Entente.Training.Tests;

public sealed class InflectionsTests
{
    [Theory]
    [InlineData("shell", "", "shell shells shelled shelling")]
    [InlineData("bankroll", "", "bankroll bankrolls bankrolled bankrolling")]
    [InlineData("finance", "", "finance finances financed financing")]
    [InlineData("ferry", "", "ferry ferries ferried ferrying")]
    [InlineData("ban", "", "ban bans banned banning")] // one syllable, one vowel, one consonant: doubled
    [InlineData("arm", "", "arm arms armed arming")]
    [InlineData("blitz", "", "blitz blitzes blitzed blitzing")]
    [InlineData("veto", "", "veto vetoes vetoed vetoing")]
    [InlineData("agree", "", "agree agrees agreed agreeing")]
    [InlineData("tie", "", "tie ties tied tying")]
    [InlineData("sell", "sold", "sell sells selling sold")] // a past of its own replaces "selled"
    [InlineData("underwrite", "underwritten underwriting underwrote", "underwrite underwrites underwritten underwriting underwrote")]
    [InlineData("panic", "panicked panicking", "panic panics panicked panicking")] // a respelt -ed replaces "paniced"
    [InlineData("travel", "travelled travelling", "travel travels traveled traveling travelled travelling")] // British beside American
    [InlineData("prove", "proven", "prove proves proved proving proven")] // a participle in -n leaves the regular past
    public void Verbs_inflect_by_rule_and_by_exception(string lemma, string irregular, string expected)
    {
        var forms = Inflections.Of(lemma, PartOfSpeech.Verb, irregular.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(expected, string.Join(' ', forms));
    }

    [Theory]
    [InlineData("attack", "", "attack attacks")]
    [InlineData("embargo", "embargoes", "embargo embargos embargoes")]
    [InlineData("ally", "", "ally allies")]
    [InlineData("crisis", "crises", "crisis crises")] // "crisises" would end in s, but the exception does not
    [InlineData("man", "men", "man men")]
    [InlineData("arms", "", "arms")] // already plural in form
    [InlineData("logistics", "", "logistics")]
    [InlineData("process", "", "process processes")]
    [InlineData("bus", "", "bus buses")]
    public void Nouns_inflect_by_rule_and_by_exception(string lemma, string irregular, string expected)
    {
        var forms = Inflections.Of(lemma, PartOfSpeech.Noun, irregular.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(expected, string.Join(' ', forms));
    }
}

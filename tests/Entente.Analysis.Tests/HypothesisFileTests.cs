using Entente.Analysis.Briefing;
using Entente.Analysis.Hypotheses;

namespace Entente.Analysis.Tests;

public sealed class HypothesisFileTests
{
    [Fact]
    public void The_shipped_file_has_the_four_default_hypotheses_in_order()
    {
        Assert.Equal(["strategic", "transactional", "convenience", "none"], HypothesisFile.Default.Select(h => h.Id));
        Assert.Equal("Marriage of convenience against a common enemy", HypothesisFile.Default[2].Title);
    }

    [Theory]
    [InlineData("consistent: sphere:military\n", "f.txt:1: 'consistent:' comes before any 'hypothesis ID: Title' line")]
    [InlineData("hypothesis a: A\nconsistent: relation:friendship\nhypothesis b: B\nconsistent: sphere:hostile\n", "f.txt:2: 'friendship' is not a relation type")]
    [InlineData("hypothesis a: A\nconsistent: sphere:military + \nhypothesis b: B\nconsistent: sphere:hostile\n", "f.txt:2: an empty trait around '+'")]
    [InlineData("hypothesis a: A\nconsistent: indicator:breadth:huge\nhypothesis b: B\nconsistent: denied\n", "f.txt:2: an indicator is 'high' or 'low', not 'huge'")]
    [InlineData("hypothesis a: A\nconsistent: denied\nhypothesis a: Again\n", "f.txt:3: hypothesis 'a' is already defined on line 1")]
    [InlineData("hypothesis a: A\nconsistent: denied\ninconsistent: denied\n", "f.txt:3: 'denied' is both consistent and inconsistent")]
    [InlineData("hypothesis a: A\nconsistent: denied\nweight: 3\n", "f.txt:3: unknown key 'weight'")]
    [InlineData("hypothesis a: A\nconsistent: denied\n", "f.txt: 1 hypotheses; competing hypotheses need at least two")]
    [InlineData("hypothesis a: A\nconsistent: denied\nhypothesis b: B\n", "f.txt:3: hypothesis 'b' has no consistent or inconsistent patterns")]
    [InlineData("hypothesis A B: A\n", "f.txt:1: 'A B' is not a hypothesis id")]
    public void A_faulty_file_names_the_file_and_line(string text, string message)
    {
        var e = Assert.Throws<HypothesisFileException>(() => HypothesisFile.Parse(text, "f.txt"));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void Every_indicator_the_traits_know_is_one_the_profile_computes()
    {
        var w = new World().Source("a");
        w.Claim("rus", "arms-transfer", "irn", "a", "the S-300 was delivered to Iran in 2016", time: World.Year(2016));
        var profile = w.Snapshot().Profile("rus", "irn");
        Assert.Equal(EvidenceTraits.Indicators, profile.Indicators.Select(i => i.Id));
    }

    [Theory]
    [InlineData(0.03, "almost no chance")]
    [InlineData(0.5, "roughly even chance")]
    [InlineData(0.8, "likely")]
    [InlineData(0.9, "very likely")]
    [InlineData(0.99, "almost certain")]
    public void Probabilities_take_their_ICD_203_phrase(double p, string phrase) => Assert.Equal(phrase, Estimative.Phrase(p));

    [Fact]
    public void Markdown_escaping_leaves_no_tag_link_or_emphasis()
    {
        Assert.Equal("\\<img src=x onerror=alert(1)\\> \\[a\\](javascript:x) \\*b\\* \\| c", BriefMarkdown.E("<img src=x onerror=alert(1)> [a](javascript:x) *b* | c"));
    }
}

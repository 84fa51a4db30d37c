using Entente.Extraction.Lexicons;
using Entente.Training.Lexical;

namespace Entente.Training.Tests;

/// <summary>Each rule of the builder on a made-up WordNet: reach, derivation, the polysemy guard, seeds, exclusion, forms.</summary>
public sealed class LexiconBuilderTests
{
    private static LexiconBuild Build(MiniWordNet wordNet, string seeds = MiniWordNet.Seeds) =>
        LexiconBuilder.Build(wordNet.Directory, seeds, "seeds.tsv");

    private static string[] Classes(LexiconBuild build, string form, PartOfSpeech pos) =>
        build.Rows.Where(r => r.Form == form && r.Pos == pos).Select(r => $"{r.Class.ToId()}:{r.Hops}").ToArray();

    [Theory]
    [InlineData("attack", PartOfSpeech.Verb, "attack:0")]
    [InlineData("bombed", PartOfSpeech.Verb, "")] // the exception list's "bombt" replaces the regular past
    [InlineData("bombt", PartOfSpeech.Verb, "attack:0")]
    [InlineData("shelled", PartOfSpeech.Verb, "attack:1")] // a troponym of the seed bombard
    [InlineData("crump", PartOfSpeech.Verb, "")] // two levels below bombard: past its reach of one
    [InlineData("storm", PartOfSpeech.Verb, "attack:1")] // no sense tagged, so each sense counts
    [InlineData("surprise", PartOfSpeech.Verb, "")] // its attack sense is second and never tagged
    [InlineData("lead", PartOfSpeech.Verb, "")] // its transport sense is fifth
    [InlineData("ferried", PartOfSpeech.Verb, "transport:1")]
    [InlineData("occupied", PartOfSpeech.Verb, "occupy:0")] // a seed's own lemma keeps its 5th sense
    [InlineData("bombardment", PartOfSpeech.Noun, "attack:1")] // derived from a seed
    [InlineData("bombardmentae", PartOfSpeech.Noun, "attack:1")]
    [InlineData("bombardments", PartOfSpeech.Noun, "")] // the irregular plural replaces it
    [InlineData("shellings", PartOfSpeech.Noun, "attack:2")] // derived from a troponym
    [InlineData("shell", PartOfSpeech.Noun, "")] // the projectile: an artifact, not an act
    [InlineData("shells", PartOfSpeech.Verb, "attack:1")]
    public void Classes_follow_reach_derivation_and_the_polysemy_guard(string form, PartOfSpeech pos, string expected)
    {
        using var wordNet = new MiniWordNet();
        Assert.Equal(expected, string.Join(' ', Classes(Build(wordNet), form, pos)));
    }

    [Fact]
    public void An_excluded_sense_leaves_the_class_with_all_below_it()
    {
        using var wordNet = new MiniWordNet();
        var build = Build(wordNet, MiniWordNet.Seeds + "\nattack\tverb\tbombard\t1\texclude\n");
        Assert.Empty(Classes(build, "bombard", PartOfSpeech.Verb));
        Assert.Empty(Classes(build, "shelled", PartOfSpeech.Verb));
        Assert.Equal(["attack:1"], Classes(build, "stormed", PartOfSpeech.Verb));
    }

    [Fact]
    public void Rows_are_sorted_one_per_form_pos_and_class()
    {
        using var wordNet = new MiniWordNet();
        var rows = Build(wordNet).Rows;
        Assert.Equal(rows.Order(LexicalRow.TableOrder), rows);
        Assert.Equal(rows.Count, rows.Select(r => (r.Form, r.Pos, r.Class)).Distinct().Count());
    }

    [Fact]
    public void The_written_table_loads_as_extraction_reads_it()
    {
        using var wordNet = new MiniWordNet();
        var build = Build(wordNet);
        var (classes, lemmas) = LexiconBuilder.Write(build, wordNet.PathOf("out"));
        var table = LexicalClasses.Load(classes);
        Assert.Equal(build.Rows.Count, table.EntryCount);
        var shelled = Assert.Single(table.Of("shelled").ToArray());
        Assert.Equal(new LexicalEntry("shell", PartOfSpeech.Verb, LexicalClass.Attack, 1), shelled);
        Assert.Equal([new LemmaEntry("bomb", PartOfSpeech.Verb)], IrregularLemmas.Load(lemmas).Of("bombt").ToArray());
        Assert.Contains("# A made-up database for tests.", File.ReadAllText(classes), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        using var wordNet = new MiniWordNet();
        Assert.Equal(LexiconBuilder.ClassesText(Build(wordNet)), LexiconBuilder.ClassesText(Build(wordNet)));
    }
}

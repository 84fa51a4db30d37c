using Entente.Extraction.Lexicons;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Tests;

/// <summary>The shipped lexical-classes.tsv, looked up as extraction does: words no trigger list names fall in their class.</summary>
public sealed class LexicalClassesTests
{
    private static readonly LexicalClasses Table = new();

    private static string ClassesOf(string word) =>
        string.Join(' ', Table.Of(word).ToArray().Select(e => e.Class.ToId()).Distinct().Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("shelled", LexicalClass.Attack)]
    [InlineData("bombarded", LexicalClass.Attack)]
    [InlineData("strafing", LexicalClass.Attack)]
    [InlineData("shelling", LexicalClass.Attack)]
    [InlineData("bombardment", LexicalClass.Attack)]
    [InlineData("bankrolled", LexicalClass.Fund)]
    [InlineData("underwrote", LexicalClass.Fund)]
    [InlineData("subsidises", LexicalClass.Fund)]
    [InlineData("financing", LexicalClass.Fund)]
    [InlineData("ferried", LexicalClass.Transport)]
    [InlineData("airlifted", LexicalClass.Transport)]
    [InlineData("smuggling", LexicalClass.Transport)]
    [InlineData("blacklisted", LexicalClass.Sanction)]
    [InlineData("embargoes", LexicalClass.Sanction)]
    [InlineData("rebuked", LexicalClass.Pressure)]
    [InlineData("reprimanded", LexicalClass.Pressure)]
    [InlineData("ultimatum", LexicalClass.Pressure)]
    [InlineData("enlisted", LexicalClass.Recruit)]
    [InlineData("conscripted", LexicalClass.Recruit)]
    [InlineData("manufactures", LexicalClass.Produce)]
    [InlineData("annexed", LexicalClass.Occupy)]
    [InlineData("impounded", LexicalClass.Seize)]
    [InlineData("commandeered", LexicalClass.Seize)]
    [InlineData("rearmed", LexicalClass.Supply)]
    [InlineData("procured", LexicalClass.Receive)]
    [InlineData("billeted", LexicalClass.Host)]
    [InlineData("skirmished", LexicalClass.Oppose)]
    [InlineData("rebutted", LexicalClass.Deny)]
    [InlineData("ousted", LexicalClass.Reduce)]
    [InlineData("interceded", LexicalClass.Mediate)]
    [InlineData("surmised", LexicalClass.HedgeBelief)]
    [InlineData("incriminated", LexicalClass.Accuse)]
    [InlineData("petitioned", LexicalClass.Request)]
    [InlineData("ratified", LexicalClass.Agree)]
    [InlineData("conferred", LexicalClass.Meet)]
    [InlineData("toured", LexicalClass.Visit)]
    [InlineData("collaborated", LexicalClass.Cooperate)]
    [InlineData("succoured", LexicalClass.Help)]
    public void Unseen_wordings_fall_in_their_class(string word, LexicalClass expected)
    {
        Assert.Contains(expected, Table.Of(word).ToArray().Select(e => e.Class));
    }

    [Theory]
    [InlineData("said", "say")]
    [InlineData("made", "")]
    [InlineData("took", "")]
    [InlineData("lead", "")]
    [InlineData("led", "")]
    [InlineData("went", "")]
    [InlineData("entered", "")]
    [InlineData("sanctioned", "")] // WordNet's verb means approve; the penalty is only the noun
    [InlineData("the", "")]
    public void Common_words_stay_out_of_the_relation_classes(string word, string expected)
    {
        Assert.Equal(expected, ClassesOf(word));
    }

    [Fact]
    public void A_form_gives_its_lemma_and_part_of_speech()
    {
        Assert.Equal([new LexicalEntry("underwrite", PartOfSpeech.Verb, LexicalClass.Fund, 0)], Table.Of("underwrote").ToArray());
        Assert.Equal([new LexicalEntry("shell", PartOfSpeech.Verb, LexicalClass.Attack, 1)], Table.Of("shelled").ToArray());
        var attacks = Table.Of("attacks").ToArray();
        Assert.Contains(new LexicalEntry("attack", PartOfSpeech.Noun, LexicalClass.Attack, 0), attacks);
        Assert.Contains(new LexicalEntry("attack", PartOfSpeech.Verb, LexicalClass.Attack, 0), attacks);
    }

    [Fact]
    public void A_token_is_looked_up_by_its_lower_cased_text_without_allocating()
    {
        var tokens = Tokenizer.Tokenize("North Korea Bankrolled and FERRIED troops.");
        Assert.True(Table.Has(tokens[2], LexicalClass.Fund));
        Assert.True(Table.Has(tokens[4], LexicalClass.Transport));
        Assert.False(Table.Has(tokens[0], LexicalClass.Transport));
        var found = 0;
        for (var i = 0; i < 10; i++) found += Table.Of(tokens[2]).Length; // warm up before measuring
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
            foreach (var t in tokens) found += Table.Of(t).Length;
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(found > 0);
    }

    [Fact]
    public void Every_class_has_words()
    {
        foreach (var cls in LexicalClassIds.All)
            Assert.True(HasAny(cls), $"no word of the shipped table is in {cls.ToId()}");
    }

    [Fact]
    public void Class_ids_are_kebab_case_and_parse_back()
    {
        Assert.Equal("share-information", LexicalClass.ShareInformation.ToId());
        Assert.Equal("hedge-belief", LexicalClass.HedgeBelief.ToId());
        foreach (var cls in LexicalClassIds.All)
        {
            Assert.True(LexicalClassIds.TryParse(cls.ToId(), out var parsed));
            Assert.Equal(cls, parsed);
        }
        Assert.False(LexicalClassIds.TryParse("Attack", out _));
    }

    [Fact]
    public void Irregular_forms_give_their_lemmas()
    {
        var lemmas = new IrregularLemmas();
        Assert.Equal([new LemmaEntry("underwrite", PartOfSpeech.Verb)], lemmas.Of("underwrote").ToArray());
        Assert.Equal([new LemmaEntry("man", PartOfSpeech.Noun)], lemmas.Of("men").ToArray());
        Assert.Empty(lemmas.Of("shelled").ToArray()); // regular: the rules undo it
    }

    private static bool HasAny(LexicalClass cls)
    {
        foreach (var word in Words.Value)
            if (Table.Of(word).ToArray().Any(e => e.Class == cls)) return true;
        return false;
    }

    private static readonly Lazy<string[]> Words = new(() => File.ReadLines(Path.Combine(TestSupport.SharedData.RepoRoot, "src", "Entente.Extraction", "Lexicons", LexicalClasses.FileName))
        .Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')[0]).Distinct().ToArray());
}

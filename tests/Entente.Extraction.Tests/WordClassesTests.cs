using Entente.Extraction.Lexicons;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Tests;

/// <summary>The word classes extraction reads sentences with: the shipped file, its errors, and the cursor that skips them.</summary>
public sealed class WordClassesTests
{
    private static readonly WordClasses Shipped = new();

    [Fact]
    public void The_shipped_file_loads_and_every_class_has_words()
    {
        foreach (var c in WordClassIds.All) Assert.NotEmpty(Shipped.WordsOf(c));
        Assert.Equal(["a", "an", "the"], Shipped.WordsOf(WordClass.Article));
        Assert.True(Shipped.Is("were", WordClass.PassiveAuxiliary));
        Assert.False(Shipped.Is("supplied", WordClass.PassiveAuxiliary));
    }

    [Theory]
    [InlineData("reportedly", WordClass.PassiveAdverb, true)]
    [InlineData("never", WordClass.PassiveAdverb, true)]
    [InlineData("never", WordClass.ClauseAdverb, false)]
    [InlineData("still", WordClass.ClauseAdverb, true)]
    [InlineData("directly", WordClass.LyAdverb, true)]
    [InlineData("also", WordClass.LyAdverb, false)]
    public void A_suffix_line_puts_every_word_in_ly_in_its_classes_and_listed_words_add_to_them(string word, WordClass c, bool expected)
    {
        Assert.Equal(expected, Shipped.Is(word, c));
        Assert.Equal(expected, Shipped.Is(Tokenizer.Tokenize(word)[0], c));
    }

    /// <summary>More classes than 128 bits: a word of one class must not answer for the class 128 places before or after it.</summary>
    [Fact]
    public void Each_class_keeps_its_own_bit_in_both_halves_of_the_set()
    {
        Assert.True(WordClassIds.All.Count > 128, "the shipped classes fill both halves, so both are tested");
        var text = string.Concat(WordClassIds.All.Select((c, i) => $"w{i}\t{c.ToId()}\n"));
        var words = WordClasses.Load(new StringReader(text), "one-word-per-class.tsv");
        for (var i = 0; i < WordClassIds.All.Count; i++)
            for (var j = 0; j < WordClassIds.All.Count; j++)
                Assert.True(words.Is($"w{i}", WordClassIds.All[j]) == (i == j), $"w{i} answers {(i == j ? "no" : "yes")} for {WordClassIds.All[j].ToId()}");
    }

    [Fact]
    public void An_unknown_class_fails_with_the_file_and_line()
    {
        const string text = "# a comment\nthe|a\tarticle\n\nits\tdeterminr\n";
        var e = Assert.Throws<FormatException>(() => WordClasses.Load(new StringReader(text), "lexicons/test.tsv"));
        Assert.StartsWith("lexicons/test.tsv:4: 'determinr' is not a word class (known: article, determiner, ", e.Message);
    }

    [Fact]
    public void A_capitalised_word_fails_with_the_file_and_line()
    {
        var e = Assert.Throws<FormatException>(() => WordClasses.Load(new StringReader("the\tarticle\nThe\tarticle\n"), "x.tsv"));
        Assert.Equal("x.tsv:2: 'The' must be written in lower case", e.Message);
    }

    [Fact]
    public void A_class_with_no_words_fails_at_load()
    {
        var e = Assert.Throws<FormatException>(() => WordClasses.Load(new StringReader("the\tarticle\n"), "x.tsv"));
        Assert.Equal("x.tsv: the word class 'determiner' has no words", e.Message);
    }

    [Theory]
    // sentence, where the cursor starts, the class, forward or back, the word it stops at ("" past either end)
    [InlineData("Russia also quietly supplied drones", 1, WordClass.ClauseAdverb, true, "supplied")]
    [InlineData("Russia supplied drones", 1, WordClass.ClauseAdverb, true, "supplied")]
    [InlineData("drones were not reportedly supplied", 3, WordClass.PassiveAdverb, false, "were")]
    [InlineData("drones were still supplied", 2, WordClass.PassiveAdverb, false, "still")]
    [InlineData("to all the militias", 1, WordClass.DeterminerBeforeArgument, true, "militias")]
    [InlineData("of the a an", 3, WordClass.Article, false, "of")]
    [InlineData("the an", 1, WordClass.Article, false, "")]
    [InlineData("recently", 0, WordClass.LyAdverb, true, "")]
    public void The_cursor_skips_the_words_of_a_class(string sentence, int start, WordClass c, bool forward, string stop)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var cursor = new TokenCursor(tokens, Shipped, start);
        var moved = forward ? cursor.Skip(c) : cursor.SkipBack(c);
        Assert.Equal(stop, moved.InRange ? tokens[moved.At].Lower : "");
        Assert.Equal(stop != "", moved.InRange);
    }

    [Fact]
    public void A_limit_stops_the_cursor_before_the_words_it_would_skip()
    {
        var tokens = Tokenizer.Tokenize("Iran also already funded them");
        var cursor = new TokenCursor(tokens, Shipped, 1);
        Assert.Equal(2, cursor.SkipAdverbs(limit: 2).At);
        Assert.Equal(3, cursor.SkipAdverbs().At);
        Assert.True(cursor.Is(WordClass.ClauseAdverb));
        Assert.False(cursor with { At = 5 } is { InRange: true });
    }
}

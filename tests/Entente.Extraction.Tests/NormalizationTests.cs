using Entente.Extraction.Normalization;

namespace Entente.Extraction.Tests;

public sealed class NormalizationTests
{
    [Fact]
    public void Curly_quotes_become_straight_and_dashes_become_hyphens_with_their_spacing_kept()
    {
        var n = TextNormalizer.Normalize("\u201CRussia\u2019s drones\u201D \u2014 Iran\u2013made, Russia\u2014Iran");
        Assert.Equal("\"Russia's drones\" - Iran-made, Russia-Iran", n.Text);
    }

    [Fact]
    public void Odd_spaces_zero_width_characters_and_the_ellipsis_are_made_plain()
    {
        var n = TextNormalizer.Normalize("Shahed\u00A0136\u200B drones\u2009and\u202Fmore\u2026 done\uFEFF");
        Assert.Equal("Shahed 136 drones and more... done", n.Text);
    }

    [Fact]
    public void Line_ends_become_newlines_and_decomposed_letters_are_composed()
    {
        var n = TextNormalizer.Normalize("Te\u0301he\u0301ran\r\nline two\rline three");
        Assert.Equal("T\u00E9h\u00E9ran\nline two\nline three", n.Text);
    }

    [Fact]
    public void A_line_end_or_a_tab_before_a_typographic_character_is_kept()
    {
        // Plain ASCII runs stop before a character past U+02FF (it might be a combining mark); a line end stopped there
        // was once dropped, so a paragraph opening with a curly quote ran into the one before.
        var n = TextNormalizer.Normalize("The buyer is Acme Co., Ltd.\n\u201CThey pay in cash,\u201D he said.\tIran\t\u2014 Russia");
        Assert.Equal("The buyer is Acme Co., Ltd.\n\"They pay in cash,\" he said.\tIran\t- Russia", n.Text);
        var quote = n.Text.IndexOf('"');
        Assert.Equal("\u201C", TextNormalizerOriginal(n, quote));
    }

    private static string TextNormalizerOriginal(NormalizedText n, int at) =>
        "The buyer is Acme Co., Ltd.\n\u201CThey pay in cash,\u201D he said.\tIran\t\u2014 Russia"[n.Map.ToOriginal(at)..n.Map.ToOriginal(at + 1)];

    [Fact]
    public void Every_normalized_offset_maps_back_to_the_same_character_in_the_original()
    {
        const string original = "\u201CWe\u201D said\u2026 Ir\u200Ban\u2014Russia\r\nCaf\u0065\u0301 ok";
        var n = TextNormalizer.Normalize(original);
        Assert.Equal("\"We\" said... Iran-Russia\nCaf\u00E9 ok", n.Text);
        var iran = n.Text.IndexOf("Iran", StringComparison.Ordinal);
        Assert.Equal("Ir\u200Ban", original[n.Map.ToOriginal(iran)..n.Map.ToOriginal(iran + 4)]);
        var russia = n.Text.IndexOf("Russia", StringComparison.Ordinal);
        Assert.Equal("Russia", original[n.Map.ToOriginal(russia)..n.Map.ToOriginal(russia + 6)]);
        var ok = n.Text.IndexOf("ok", StringComparison.Ordinal);
        Assert.Equal("ok", original[n.Map.ToOriginal(ok)..n.Map.ToOriginal(ok + 2)]);
        Assert.Equal(original.Length, n.Map.ToOriginal(n.Text.Length));
        // Each of the ellipsis' three dots points at the one original character.
        var dots = n.Text.IndexOf("...", StringComparison.Ordinal);
        Assert.All(Enumerable.Range(dots, 3), i => Assert.Equal('\u2026', original[n.Map.ToOriginal(i)]));
    }

    [Fact]
    public void Text_that_needs_no_change_keeps_the_identity_map()
    {
        var n = TextNormalizer.Normalize("Russia and Iran signed a treaty in 2025.\n");
        Assert.True(n.Map.IsIdentity);
        Assert.Equal(17, n.Map.ToOriginal(17));
    }
}

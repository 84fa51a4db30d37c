using Entente.Extraction.Readers;
using Entente.TestSupport;

namespace Entente.Extraction.Tests;

/// <summary>
/// A plain-text document keeps the file as read beside its normalized text, and evidence cut from the normalized text
/// carries the file's offsets and the file's own words: past front matter, rewritten quotes, a CRLF and an ellipsis.
/// </summary>
public sealed class OriginalOffsetsTests
{
    private const string File = "---\r\ntitle: Drones\r\n---\r\n\u201CIran\u2019s drones\u201D \u2026 reached Russia.\r\nTehran\u00A0denied it.\r\n";

    private static Documents.Document Read(string name, string content, TempDir dir)
    {
        var path = dir.File(name);
        System.IO.File.WriteAllText(path, content);
        return new DocumentReader().Read(path);
    }

    [Fact]
    public void Evidence_in_a_text_file_points_into_the_file_and_quotes_its_words()
    {
        using var dir = new TempDir();
        var doc = Read("drones.txt", File, dir);
        Assert.Equal(File, doc.OriginalText);

        foreach (var words in new[] { "\"Iran's drones\"", "reached Russia.", "Tehran denied it." })
        {
            var start = doc.Text.IndexOf(words, StringComparison.Ordinal);
            var evidence = doc.Evidence(start, start + words.Length);
            var slice = File[evidence.OriginalStart!.Value..evidence.OriginalEnd!.Value];
            Assert.Equal(slice, evidence.Text);
            Assert.Equal(words, Normalization.TextNormalizer.Normalize(slice).Text);
        }
        Assert.Equal("reached Russia.", doc.Evidence(doc.Text.IndexOf("reached", StringComparison.Ordinal), doc.Text.IndexOf('\n', doc.Text.IndexOf("reached", StringComparison.Ordinal))).Text);
    }

    private const string Markdown = "---\ntitle: Drones\n---\n# Drones\n\nThe **IRGC** sent [drones](http://x.example) to Russia.\nMoscow\u2019s army  used them.\n\n- `Tehran` denied it\n";

    [Theory]
    [InlineData("Drones", "Drones")]
    [InlineData("The IRGC sent drones to Russia.", "The **IRGC** sent [drones](http://x.example) to Russia.")]
    [InlineData("Moscow's army  used them.", "Moscow\u2019s army  used them.")]
    [InlineData("Russia. Moscow's", "Russia.\nMoscow\u2019s")]
    [InlineData("Tehran denied it", "Tehran` denied it")]
    public void Evidence_in_a_markdown_file_points_into_the_file_past_its_markup(string words, string original)
    {
        using var dir = new TempDir();
        var doc = Read("drones.md", Markdown, dir);
        Assert.Equal(Markdown, doc.OriginalText);

        var start = doc.Text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{words}' not in the text: {doc.Text}");
        var evidence = doc.Evidence(start, start + words.Length);
        Assert.Equal(original, Markdown[evidence.OriginalStart!.Value..evidence.OriginalEnd!.Value]);
        Assert.Equal(original, evidence.Text);
    }

    [Fact]
    public void A_reader_that_rebuilds_the_text_keeps_no_original_and_evidence_has_only_normalized_offsets()
    {
        using var dir = new TempDir();
        var doc = Read("drones.html", "<html><body><h1>Drones</h1><p><b>Iran\u2019s</b> drones reached Russia.</p></body></html>", dir);
        Assert.Null(doc.OriginalText);

        var start = doc.Text.IndexOf("Iran's", StringComparison.Ordinal);
        var evidence = doc.Evidence(start, start + 6);

        Assert.Equal("Iran's", evidence.Text);
        Assert.Null(evidence.OriginalStart);
        Assert.Null(evidence.OriginalEnd);
    }
}

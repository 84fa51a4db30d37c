using Entente.Extraction.Readers;
using Entente.TestSupport;

namespace Entente.Extraction.Tests;

public sealed class ReadersSamplesTests
{
    [Fact]
    public void Every_sample_report_reads_with_full_metadata()
    {
        var files = DocumentPaths.Expand([Path.Combine(SharedData.RepoRoot, "samples", "corpus")]);
        Assert.True(files.Count >= 15, $"only {files.Count} sample files");
        var reader = new DocumentReader();
        foreach (var file in files)
        {
            var doc = reader.Read(file);
            var m = doc.Metadata;
            Assert.True(m.Title is not null && m.Author is not null && m.Published is not null, $"{file}: missing metadata {m}");
            Assert.Equal("Entente Sample Desk", m.Publisher, ignoreCase: true);
            var words = doc.Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, 250, 600);
        }
    }

    [Fact]
    public void The_sample_web_page_keeps_its_article_and_drops_its_chrome()
    {
        var doc = new DocumentReader().Read(Path.Combine(SharedData.RepoRoot, "samples", "corpus", "15-russia-syria-bases.html"));
        Assert.StartsWith("Hmeimim and Tartus: Russia's Mediterranean foothold after Assad\nFor nearly a decade", doc.Text);
        Assert.DoesNotContain("analytics", doc.Text);
        Assert.DoesNotContain("Read more", doc.Text);
        Assert.Equal(new DateOnly(2025, 2, 3), doc.Metadata.Published);
    }
}

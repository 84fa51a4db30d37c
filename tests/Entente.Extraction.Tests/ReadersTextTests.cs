using Entente.Extraction.Readers;
using Entente.TestSupport;

namespace Entente.Extraction.Tests;

public sealed class ReadersTextTests
{
    [Fact]
    public void A_plain_text_header_like_the_seed_gives_publisher_title_date_and_author()
    {
        using var dir = new TempDir();
        var path = dir.File("seed.txt");
        File.WriteAllText(path, "FRESH AIR\nThe Russo-Iranian alliance comes to Europe\nDec 1, 2022 | Oved Lobel\n\u201CRussia and Iran\u201D are allies.\n");
        var doc = new DocumentReader().Read(path);
        Assert.Equal("FRESH AIR", doc.Metadata.Publisher);
        Assert.Equal("The Russo-Iranian alliance comes to Europe", doc.Metadata.Title);
        Assert.Equal(new DateOnly(2022, 12, 1), doc.Metadata.Published);
        Assert.Equal("Oved Lobel", doc.Metadata.Author);
        Assert.Contains("\"Russia and Iran\" are allies.", doc.Text);
        Assert.Equal(path, doc.Origin);
    }

    [Fact]
    public void A_dateline_with_a_full_date_dates_a_text_without_a_header_date_or_front_matter()
    {
        using var dir = new TempDir();
        var dated = dir.File("dated.txt");
        File.WriteAllText(dated, "Qatar hosts talks\nDoha, 4 February 2021 \u2014 Qatar hosted envoys of both sides.\n");
        Assert.Equal(new DateOnly(2021, 2, 4), new DocumentReader().Read(dated).Metadata.Published);
        var markdown = dir.File("dated.md");
        File.WriteAllText(markdown, "# Qatar hosts talks\n\nDoha, 4 February 2021 - Qatar hosted envoys of both sides.\n");
        Assert.Equal(new DateOnly(2021, 2, 4), new DocumentReader().Read(markdown).Metadata.Published);
        var undated = dir.File("undated.txt");
        File.WriteAllText(undated, "DOHA (AP) - Qatar hosted envoys of both sides.\n");
        Assert.Null(new DocumentReader().Read(undated).Metadata.Published);
    }

    [Fact]
    public void The_seed_article_header_is_read()
    {
        var path = SharedData.Require("eval/seed/article.txt");
        var doc = new DocumentReader().Read(path);
        Assert.Equal(("FRESH AIR", new DateOnly(2022, 12, 1), "Oved Lobel"), (doc.Metadata.Publisher, doc.Metadata.Published, doc.Metadata.Author));
        Assert.DoesNotContain('\u201C', doc.Text);
    }

    [Fact]
    public void The_content_hash_is_of_the_raw_bytes()
    {
        using var dir = new TempDir();
        var path = dir.File("a.txt");
        File.WriteAllText(path, "Iran\u2019s drones.");
        var doc = new DocumentReader().Read(path);
        Assert.Equal(Core.Hashing.ContentHash.Of(File.ReadAllBytes(path)), doc.ContentHash);
        Assert.Equal("Iran's drones.", doc.Text);
        Assert.Equal(4, doc.ToOriginalOffset(4));
    }

    [Fact]
    public void Markdown_front_matter_gives_metadata_and_markup_is_stripped_with_headings_kept_as_lines()
    {
        using var dir = new TempDir();
        var path = dir.File("report.md");
        File.WriteAllText(path, """
            ---
            title: "Drones for Moscow"
            publisher: Entente Sample Desk
            published: 2023-03-14
            author: A. Writer
            url: https://example.org/drones
            ---
            # Drones for Moscow

            Iran **reportedly** shipped [Shahed drones](https://example.org/x) to
            Russia in `2022`, an _unnamed_ official said.

            - Alabuga builds them
            - > quoted line

            ```
            code is dropped
            ```
            """);
        var doc = new DocumentReader().Read(path);
        Assert.Equal("Drones for Moscow", doc.Metadata.Title);
        Assert.Equal("Entente Sample Desk", doc.Metadata.Publisher);
        Assert.Equal(new DateOnly(2023, 3, 14), doc.Metadata.Published);
        Assert.Equal("A. Writer", doc.Metadata.Author);
        Assert.Equal("https://example.org/drones", doc.Metadata.Url);
        Assert.Equal("Drones for Moscow\nIran reportedly shipped Shahed drones to Russia in 2022, an unnamed official said.\nAlabuga builds them\nquoted line\n", doc.Text);
    }

    [Fact]
    public void A_published_override_wins_over_the_file()
    {
        using var dir = new TempDir();
        var path = dir.File("a.md");
        File.WriteAllText(path, "---\npublished: 2020-01-01\n---\nText here.\n");
        var doc = new DocumentReader(new DocumentReaderOptions { Published = new DateOnly(2024, 6, 19) }).Read(path);
        Assert.Equal(new DateOnly(2024, 6, 19), doc.Metadata.Published);
        Assert.Equal("a", doc.Metadata.Title);
    }
}

using Entente.Extraction.Readers;
using Entente.TestSupport;

namespace Entente.Extraction.Tests;

public sealed class ReadersBadInputTests
{
    private static DocumentReadException Refused(string path, DocumentReaderOptions? options = null)
    {
        var e = Assert.Throws<DocumentReadException>(() => new DocumentReader(options ?? new DocumentReaderOptions()).Read(path));
        Assert.StartsWith(path, e.Message);
        Assert.Equal(path, e.Path);
        return e;
    }

    [Fact]
    public void A_binary_file_is_refused_with_the_offset_of_its_first_nul_byte()
    {
        using var dir = new TempDir();
        var path = dir.File("image.txt");
        File.WriteAllBytes(path, [0x89, (byte)'P', (byte)'N', (byte)'G', (byte)'\n', 0, 1, 2]);
        var e = Refused(path);
        Assert.Contains("binary", e.Message);
        Assert.Contains("offset 5", e.Message);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_byte_offset_and_line()
    {
        using var dir = new TempDir();
        var path = dir.File("latin1.md");
        // "caf\xE9" in Windows-1252 on the third line.
        File.WriteAllBytes(path, [.. "line one\nline two\ncaf"u8, 0xE9, .. " au lait\n"u8]);
        var e = Refused(path);
        Assert.Contains("not valid UTF-8", e.Message);
        Assert.Contains("0xE9 at offset 21", e.Message);
        Assert.Equal(3, e.Line);
        Assert.StartsWith(path + ":3:", e.Message);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        using var dir = new TempDir();
        var path = dir.File("empty.txt");
        File.WriteAllText(path, "");
        Assert.Contains("is empty", Refused(path).Message);
        var blank = dir.File("blank.md");
        File.WriteAllText(blank, "\n  \n\u200B\n");
        Assert.Contains("has no text", Refused(blank).Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_being_read()
    {
        using var dir = new TempDir();
        var path = dir.File("huge.txt");
        using (var f = File.Create(path)) f.SetLength(100L * 1024 * 1024);
        var e = Refused(path);
        Assert.Contains("100 MB, over the 50 MB limit", e.Message);
        Assert.Contains("--max-size", e.Message);
        var small = dir.File("small.txt");
        File.WriteAllText(small, new string('a', 2048));
        Assert.Contains("over the 0 MB limit", Refused(small, new DocumentReaderOptions { MaxBytes = 1024 }).Message);
    }

    [Fact]
    public void A_page_with_no_text_is_refused()
    {
        using var dir = new TempDir();
        var path = dir.File("app.html");
        File.WriteAllText(path, "<html><body><nav>Menu</nav><div id=root></div><script>render()</script></body></html>");
        Assert.Contains("no readable text", Refused(path).Message);
    }

    [Fact]
    public void An_unknown_extension_is_refused_with_the_known_ones()
    {
        using var dir = new TempDir();
        var path = dir.File("report.docx");
        File.WriteAllText(path, "text");
        var e = Refused(path);
        Assert.Contains("unknown file type '.docx'", e.Message);
        Assert.Contains(".md", e.Message);
    }

    [Fact]
    public void Unclosed_front_matter_and_a_bad_date_name_the_line()
    {
        using var dir = new TempDir();
        var open = dir.File("open.md");
        File.WriteAllText(open, "---\ntitle: x\n\nBody.\n");
        Assert.Equal(1, Refused(open).Line);
        var bad = dir.File("bad.md");
        File.WriteAllText(bad, "---\ntitle: x\npublished: sometime\n---\nBody.\n");
        var e = Refused(bad);
        Assert.Equal(3, e.Line);
        Assert.Contains("'published: sometime' is not a date", e.Message);
    }

    [Fact]
    public void A_missing_file_is_refused_by_name()
    {
        using var dir = new TempDir();
        Assert.Contains("no such file", Refused(dir.File("gone.txt")).Message);
    }
}

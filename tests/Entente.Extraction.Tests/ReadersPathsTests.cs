using Entente.Extraction.Readers;
using Entente.TestSupport;

namespace Entente.Extraction.Tests;

public sealed class ReadersPathsTests
{
    [Fact]
    public void Directories_are_walked_recursively_sorted_and_filtered_by_extension()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("sub"));
        foreach (var name in new[] { "b.md", "a.txt", "sub/c.html", "sub/d.pdf", "notes.docx", "sub/image.png" })
            File.WriteAllText(dir.File(name), "x");
        var files = DocumentPaths.Expand([dir.Path]).Select(f => Path.GetRelativePath(dir.Path, f).Replace('\\', '/'));
        Assert.Equal(["a.txt", "b.md", "sub/c.html", "sub/d.pdf"], files);
    }

    [Fact]
    public void Glob_patterns_match_within_and_across_directories()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("x/y"));
        foreach (var name in new[] { "top.md", "x/one.md", "x/y/two.md", "x/y/three.txt" })
            File.WriteAllText(dir.File(name), "x");
        string[] Rel(string pattern) => [.. DocumentPaths.Expand([Path.Combine(dir.Path, pattern)]).Select(f => Path.GetRelativePath(dir.Path, f).Replace('\\', '/'))];
        Assert.Equal(["top.md"], Rel("*.md"));
        Assert.Equal(["top.md", "x/one.md", "x/y/two.md"], Rel("**/*.md"));
        Assert.Equal(["x/y/three.txt", "x/y/two.md"], Rel("x/y/*"));
        Assert.Equal(["x/one.md"], Rel("x/o?e.md"));
    }

    [Fact]
    public void A_file_named_outright_is_kept_so_the_reader_can_explain_it()
    {
        Assert.Equal(["missing.docx"], DocumentPaths.Expand(["missing.docx"]));
    }
}

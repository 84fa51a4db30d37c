using Entente.Core.Files;

namespace Entente.Core.Tests.Files;

/// <summary>The shared reader of tab-separated data files: comments and blank lines go, line numbers stay the file's.</summary>
public sealed class DataFileLinesTests
{
    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_numbers_count_every_line()
    {
        var text = "# a header\nfirst\tcolumn\n\n   \nsecond # with a comment\n# only a comment\nthird";
        var lines = DataFileLines.Read(new StringReader(text)).ToList();
        Assert.Equal([(2, "first\tcolumn"), (5, "second "), (7, "third")], lines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing but a comment")]
    [InlineData("\n\n\t\n")]
    public void A_file_with_nothing_in_it_has_no_lines(string text) => Assert.Empty(DataFileLines.Read(new StringReader(text)));
}

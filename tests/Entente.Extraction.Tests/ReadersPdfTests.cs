using Entente.Extraction.Readers;
using Entente.TestSupport;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Entente.Extraction.Tests;

public sealed class ReadersPdfTests
{
    /// <summary>A PDF with one line of text on each page (none at all when no lines are given).</summary>
    public static byte[] MakePdf(string? title, params string[] pageLines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        if (title is not null) builder.DocumentInformation.Title = title;
        foreach (var line in pageLines)
            builder.AddPage(PageSize.A4).AddText(line, 12, new PdfPoint(40, 700), font);
        if (pageLines.Length == 0) builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(40, 40), 200, 100);
        return builder.Build();
    }

    [Fact]
    public void The_text_layer_of_every_page_is_read_and_joined()
    {
        using var dir = new TempDir();
        var path = dir.File("report.pdf");
        File.WriteAllBytes(path, MakePdf("Shells for Russia", "North Korea sent shells to Russia.", "Russia denied it."));
        var doc = new DocumentReader().Read(path);
        Assert.Equal("North Korea sent shells to Russia.\nRussia denied it.\n", doc.Text);
        Assert.Equal("Shells for Russia", doc.Metadata.Title);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_refused_by_name()
    {
        using var dir = new TempDir();
        var path = dir.File("scan.pdf");
        File.WriteAllBytes(path, MakePdf(null));
        var e = Assert.Throws<DocumentReadException>(() => new DocumentReader().Read(path));
        Assert.StartsWith(path + ":", e.Message);
        Assert.Contains("no text layer", e.Message);
    }

    [Fact]
    public void A_file_named_pdf_that_is_not_one_is_refused_by_name()
    {
        using var dir = new TempDir();
        var path = dir.File("fake.pdf");
        File.WriteAllText(path, "this is not a pdf");
        var e = Assert.Throws<DocumentReadException>(() => new DocumentReader().Read(path));
        Assert.StartsWith(path + ":", e.Message);
        Assert.Contains("not a readable PDF", e.Message);
    }
}

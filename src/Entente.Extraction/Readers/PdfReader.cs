using System.Text;
using Entente.Extraction.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Entente.Extraction.Readers;

/// <summary>
/// The text layer of a PDF, page after page. A scanned PDF has no text layer and is refused: Entente
/// does no OCR, and an empty document would look like a document with nothing to say. PdfPig parses pages and
/// their metadata lazily, so a damaged page throws while it is read, not at open: anything it throws there refuses
/// the file by name (found by the fuzz suite: format, cast and missing-font errors from damaged content streams).
/// A PDF has no text of its own to point into, only drawing instructions, so "the file as read" is the text its reader
/// gives: each page's text from PdfPig's content-order extractor, trimmed, followed by a line break, pages with no text
/// left out. Evidence's original offsets point into that text and quote its words, before normalization.
/// </summary>
public sealed class PdfReader : IFormatReader
{
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public RawDocument Read(byte[] bytes, string path)
    {
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DocumentReadException(path, $"is not a readable PDF ({e.Message})", inner: e);
        }
        using (pdf)
        {
            try
            {
                return ReadOpen(pdf, path);
            }
            catch (Exception e) when (e is not (OutOfMemoryException or DocumentReadException))
            {
                throw new DocumentReadException(path, $"is a damaged PDF ({e.Message})", inner: e);
            }
        }
    }

    private static RawDocument ReadOpen(PdfDocument pdf, string path)
    {
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            var pageText = ContentOrderTextExtractor.GetText(page).Trim();
            if (pageText.Length == 0) continue;
            text.Append(pageText).Append('\n');
        }
        if (text.Length == 0)
            throw new DocumentReadException(path, $"the PDF has no text layer on any of its {pdf.NumberOfPages} pages (a scan? Entente does no OCR)");
        var info = pdf.Information;
        var metadata = new DocumentMetadata
        {
            Title = Blank(info.Title),
            Author = Blank(info.Author),
            Published = info.GetCreatedDateTimeOffset() is { } created ? DateOnly.FromDateTime(created.Date) : null,
        };
        return RawDocument.Tail(text.ToString(), 0, metadata);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

using Entente.Extraction.Documents;

namespace Entente.Extraction.Readers;

/// <summary>
/// Plain text, kept as written (so its offsets map straight back into the file). Metadata comes from front matter, or from a header in the style of
/// the seed article: an optional publisher line, a title line, then "Dec 1, 2022 | Author Name".
/// </summary>
public sealed class PlainTextReader : IFormatReader
{
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    public RawDocument Read(byte[] bytes, string path)
    {
        var text = Utf8Text.Decode(bytes, path);
        if (FrontMatter.TryRead(text, path) is { } fm) return RawDocument.Tail(text, fm.BodyStart, fm.Metadata);
        var meta = DatelineHeader(text);
        // A wire report's dateline ("Beirut, 12 May 2023: …") dates a text whose header gives no date.
        if (meta.Published is null && Time.Dateline.DateOfText(text) is { } date) meta = meta with { Published = date };
        return RawDocument.Tail(text, 0, meta);
    }

    /// <summary>Looks for "date | author" among the first three non-empty lines; the lines above it are title and publisher.</summary>
    public static DocumentMetadata DatelineHeader(string text)
    {
        var lines = text.Split('\n', 5).Take(4).Select(l => l.Trim()).Where(l => l.Length > 0).Take(3).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var bar = lines[i].IndexOf('|');
            if (bar <= 0) continue;
            var date = MetadataDates.Parse(lines[i][..bar]);
            if (date is null) continue;
            var author = lines[i][(bar + 1)..].Trim();
            return new DocumentMetadata
            {
                Published = date,
                Author = author.Length > 0 ? author : null,
                Title = i >= 1 ? lines[i - 1] : null,
                Publisher = i >= 2 ? lines[i - 2] : null,
            };
        }
        return new DocumentMetadata();
    }
}

using Entente.Core.Hashing;
using Entente.Extraction.Documents;
using Entente.Extraction.Normalization;
using Microsoft.Win32.SafeHandles;

namespace Entente.Extraction.Readers;

/// <summary>
/// Reads one file into a <see cref="Document"/>: checks size and emptiness, picks the format reader by
/// extension, hashes the raw bytes, normalizes the text and applies any metadata overrides.
/// </summary>
public sealed class DocumentReader(DocumentReaderOptions options)
{
    private static IFormatReader[] NewFormats() => [new PlainTextReader(), new MarkdownReader(), new HtmlReader(), new PdfReader()];

    /// <summary>Answers which extensions are known; reading uses this instance's own readers (the HTML reader keeps its parser).</summary>
    private static readonly IFormatReader[] Formats = NewFormats();

    private readonly IFormatReader[] _formats = NewFormats();

    public DocumentReader() : this(new DocumentReaderOptions()) { }

    public static IReadOnlyList<string> Extensions { get; } = Formats.SelectMany(f => f.Extensions).ToList();

    public static bool IsReadable(string path) => FormatFor(path, Formats) is not null;

    public Document Read(string path)
    {
        var format = FormatFor(path, _formats)
            ?? throw new DocumentReadException(path, $"unknown file type '{Path.GetExtension(path)}'; Entente reads {string.Join(", ", Extensions)}");
        var bytes = ReadBytes(path);
        return FromRaw(format.Read(bytes, path), ContentHash.Of(bytes), path);
    }

    /// <summary>
    /// One open, one size query and one read: over many small files the separate existence check and whole-file read
    /// cost more system calls than the text costs to extract. When the open fails, the file's metadata says why, in
    /// the same words as before (missing, too large, empty), else the open's own error is given.
    /// </summary>
    private byte[] ReadBytes(string path)
    {
        // Before the open, which would wait forever on a named pipe: one stat per file is the price of never hanging.
        if (Core.Files.ReadableFile.Problem(path) is { } problem) throw new DocumentReadException(path, problem);
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new DocumentReadException(path, "no such file");
            CheckSize(path, info.Length);
            throw new DocumentReadException(path, "cannot be read: " + e.Message, inner: e);
        }
        using (handle)
        {
            try
            {
                var length = RandomAccess.GetLength(handle);
                CheckSize(path, length);
                var bytes = new byte[length];
                var done = 0;
                while (done < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(done), done) is var n and > 0) done += n;
                return done == bytes.Length ? bytes : bytes[..done];
            }
            catch (Exception e) when (e is IOException or NotSupportedException)
            {
                throw new DocumentReadException(path, "cannot be read: " + e.Message, inner: e);
            }
        }
    }

    private void CheckSize(string path, long length)
    {
        if (length > options.MaxBytes)
            throw new DocumentReadException(path, $"is {Megabytes(length)}, over the {Megabytes(options.MaxBytes)} limit (raise it with --max-size)");
        if (length == 0) throw new DocumentReadException(path, "is empty");
    }

    private Document FromRaw(RawDocument raw, string hash, string path)
    {
        var normalized = TextNormalizer.Normalize(raw.Text);
        if (string.IsNullOrWhiteSpace(normalized.Text)) throw new DocumentReadException(path, "has no text");
        var m = raw.Metadata;
        var metadata = new DocumentMetadata
        {
            Title = Clean(m.Title) ?? Path.GetFileNameWithoutExtension(path),
            Author = Clean(m.Author),
            Publisher = Clean(m.Publisher),
            Url = m.Url?.Trim(),
            Published = options.Published ?? m.Published,
            Reliability = m.Reliability,
            ReliabilityFrom = m.ReliabilityFrom,
        };
        // Two steps back to the file: the normalizer's map into the reader's text, then the reader's into the file. A reader
        // without a map to the file still gets the first step, the best guess at file offsets that training aligns gold with.
        var (toRaw, toFile) = (normalized.Map, raw.ToFile);
        return raw.File is null || toFile is null
            ? new Document(path, normalized.Text, metadata, hash) { ToOriginalOffset = toRaw.ToOriginal }
            : new Document(path, normalized.Text, metadata, hash) { OriginalText = raw.File, OriginalIsMarkup = raw.FileIsMarkup, ToOriginalOffset = i => toFile.ToOriginal(toRaw.ToOriginal(i)) };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : TextNormalizer.Plain(value);

    private static IFormatReader? FormatFor(string path, IFormatReader[] formats)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return formats.FirstOrDefault(f => f.Extensions.Contains(ext));
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}

/// <summary>How files are read: the size limit and a publication date that overrides what the file says.</summary>
public sealed record DocumentReaderOptions
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    public long MaxBytes { get; init; } = DefaultMaxBytes;
    public DateOnly? Published { get; init; }
}

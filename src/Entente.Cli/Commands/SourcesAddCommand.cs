using Entente.Cli.Framework;
using Entente.Core.Sources;
using Entente.Core.Time;
using Entente.Extraction.Documents;
using Entente.Extraction.Readers;

namespace Entente.Cli.Commands;

/// <summary>
/// Stores a plain-text file as a source record, without extracting claims. The id comes from the
/// content hash, so adding the same text again changes nothing. The file passes the checks ingest makes:
/// a regular file within the size limit, strict UTF-8 with no NUL byte, and some text; else nothing is stored.
/// </summary>
public sealed class SourcesAddCommand : ICliCommand
{
    public string Name => "sources add";
    public string Summary => "store a plain-text file as a source (no extraction)";
    public string Arguments => "FILE";

    public IReadOnlyList<OptionSpec> Options =>
    [
        new("title", "title (default: the file name)"),
        new("publisher", "who published it"),
        new("author", "who wrote it"),
        new("published", "publication date, YYYY-MM-DD"),
        new("url", "where it was published"),
        new("reliability", "Admiralty source reliability, A (reliable) to F (cannot be judged; default)"),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var file = args.Require(0, "FILE: the text file to store");
        var source = BuildSource(args, file, ReadText(file), context.Clock);
        await using var store = await context.OpenOrCreateStoreAsync(args);
        var result = await Store(store, source);
        context.Out.WriteLine(result.Added
            ? $"stored {source.Id}  {source.Title}"
            : $"already stored: {source.Id}  {source.Title} (same content); nothing changed");
        return 0;
    }

    private static async Task<Storage.DocumentWriteResult> Store(Storage.IEntenteStore store, Source source)
    {
        try
        {
            return await store.AddDocumentAsync(source, []);
        }
        catch (Storage.StoreException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static string ReadText(string file)
    {
        if (Directory.Exists(file)) throw new CliException($"{file} is a directory; give a text file");
        if (Core.Files.ReadableFile.Problem(file) is { } problem) throw new CliException($"{file}: {problem}");
        byte[] bytes;
        try
        {
            var length = new FileInfo(file).Length;
            if (length > DocumentReaderOptions.DefaultMaxBytes)
                throw new CliException($"{file}: is {length / (1024 * 1024)} MB, over the {DocumentReaderOptions.DefaultMaxBytes / (1024 * 1024)} MB limit");
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read {file}: {e.Message}");
        }
        string text;
        try
        {
            // The same decoding as ingest's text reader: binary and invalid UTF-8 are refused with the offset, not stored as mojibake.
            text = Utf8Text.Decode(bytes, file);
        }
        catch (DocumentReadException e)
        {
            throw new CliException(e.Message);
        }
        return string.IsNullOrWhiteSpace(text) ? throw new CliException($"{file}: has no text; nothing was stored") : text;
    }

    private static Source BuildSource(ParsedArgs args, string file, string text, TimeProvider clock)
    {
        var document = Document.FromText(text, origin: file);
        return new Source
        {
            Id = document.SourceId,
            ContentHash = document.ContentHash,
            Title = args.Get("title") ?? Path.GetFileNameWithoutExtension(file),
            Author = args.Get("author"),
            Publisher = args.Get("publisher"),
            Url = args.Get("url"),
            Published = Published(args),
            Retrieved = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            Reliability = Reliability(args),
            Kind = SourceKind.Article,
            Origin = Path.GetFullPath(file),
            Text = text,
        };
    }

    private static DateOnly? Published(ParsedArgs args)
    {
        if (args.Get("published") is not { } text) return null;
        var parsed = DateParsing.ParseDay(text);
        return parsed.Success ? parsed.Value : throw new UsageException($"--published: {parsed.Error}");
    }

    private static Reliability Reliability(ParsedArgs args)
    {
        var text = args.Get("reliability") ?? "F";
        return text.Length == 1 && Enum.TryParse<Reliability>(text, ignoreCase: true, out var r) && Enum.IsDefined(r)
            ? r
            : throw new UsageException($"--reliability must be a letter from A to F, not '{text}'");
    }
}

using Entente.Cli.Framework;
using Entente.Core.Sources;
using Entente.Core.Time;
using Entente.Extraction.Documents;
using Entente.Extraction.Ingest;
using Entente.Extraction.Readers;
using Entente.Ingest;

namespace Entente.Cli.Commands;

/// <summary>
/// Stores a file as a source record, without extracting claims. The file is read as `ingest` reads it, so the id
/// (from the content hash) is the one `ingest` will find: ingesting the file later extracts its claims into this
/// source and keeps the rating given here. Adding the same text again changes nothing but a new rating.
/// </summary>
public sealed class SourcesAddCommand : ICliCommand
{
    public string Name => "sources add";
    public string Summary => "store a file as a source (no extraction); `ingest` later adds its claims";
    public string Arguments => "FILE";

    public IReadOnlyList<OptionSpec> Options =>
    [
        new("title", "title (default: the file's own, else its name)"),
        new("publisher", "who published it"),
        new("author", "who wrote it"),
        new("published", "publication date, YYYY-MM-DD"),
        new("url", "where it was published"),
        ReliabilityOption.Option,
        ReliabilityOption.Reason,
        AnalystName.Option,
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var file = args.Require(0, "FILE: the file to store");
        var reliability = ReliabilityOption.Of(args);
        var published = Published(args);
        var now = context.Clock.GetUtcNow();
        var given = reliability is { } r ? new GivenRating(r, AnalystName.Of(args, context), args.Get("reason")) : null;
        var source = WithOptions(SourceFromDocument.Create(Read(file), now, given), args, published, file);
        await using var store = await context.OpenOrCreateStoreAsync(args);
        // The shipped knowledge base is enough: a source stored alone names no entities until its claims join it.
        var ingest = new DocumentIngest(store, KnowledgeLoader.Shipped());
        if (await Store(ingest, source))
        {
            context.Out.WriteLine($"stored {source.Id}  {source.Title}");
            return 0;
        }
        var stored = await store.GetSourceAsync(source.Id);
        if (source.Rating is { } rating && stored?.Reliability != rating.Reliability)
        {
            await store.AddRatingAsync(rating);
            context.Out.WriteLine($"already stored: {source.Id}  {stored?.Title} (same content); rated {rating.Reliability} by {rating.SetBy}");
        }
        else
            context.Out.WriteLine($"already stored: {source.Id}  {stored?.Title ?? source.Title} (same content); nothing changed");
        return 0;
    }

    private static async Task<bool> Store(DocumentIngest ingest, Source source)
    {
        try
        {
            return await ingest.AddSourceAsync(source, CancellationToken.None);
        }
        catch (Storage.StoreException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static Document Read(string file)
    {
        if (Directory.Exists(file)) throw new CliException($"{file} is a directory; give a file");
        if (Core.Files.ReadableFile.Problem(file) is { } problem) throw new CliException($"{file}: {problem}");
        try
        {
            return new DocumentReader().Read(file);
        }
        catch (DocumentReadException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>What the options say wins over what the file says about itself, normalized as the reader normalizes the file's own.</summary>
    private static Source WithOptions(Source read, ParsedArgs args, DateOnly? published, string file) => read with
    {
        Title = Plain(args.Get("title")) ?? read.Title,
        Author = Plain(args.Get("author")) ?? read.Author,
        Publisher = Plain(args.Get("publisher")) ?? read.Publisher,
        Url = args.Get("url") ?? read.Url,
        Published = published ?? read.Published,
        Origin = Path.GetFullPath(file),
    };

    private static string? Plain(string? value) => string.IsNullOrWhiteSpace(value) ? null : Extraction.Normalization.TextNormalizer.Plain(value);

    private static DateOnly? Published(ParsedArgs args)
    {
        if (args.Get("published") is not { } text) return null;
        var parsed = DateParsing.ParseDay(text);
        return parsed.Success ? parsed.Value : throw new UsageException($"--published: {parsed.Error}");
    }
}

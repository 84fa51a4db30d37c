using Entente.Cli.Framework;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente sources show ID [--text | --original]`: a stored source's metadata and, with --text, the normalized text as
/// stored, which evidence's start and end point into; with --original, the file as read, which evidence's
/// original_start and original_end point into (and whose words evidence text quotes; in a web page they cover the
/// words, markup and all). A table prints one field a line
/// and the text after a blank line.
/// </summary>
public sealed class SourcesShowCommand : ICliCommand
{
    public string Name => "sources show";
    public string Summary => "show a stored source's metadata and, with --text, its stored text";
    public string Arguments => "ID";

    public IReadOnlyList<OptionSpec> Options =>
    [
        Output.FormatOption,
        OptionSpec.Flag("text", "print the stored text too (normalized: evidence start and end point into it)"),
        OptionSpec.Flag("original", "print the file as read too (evidence original_start and original_end point into it)"),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var id = args.Require(0, "ID: a source id, as `sources list` prints it");
        if (args.Positional.Count > 1) throw new UsageException($"unexpected argument '{args.Positional[1]}'; sources show takes one ID");
        var format = Output.Format(args);
        var (withText, withOriginal) = (args.Has("text"), args.Has("original"));
        if (withText && withOriginal) throw new UsageException("--text and --original exclude each other: one prints the normalized text, the other the file as read");
        await using var store = await context.OpenStoreAsync(args);
        var source = await store.GetSourceAsync(id) ?? throw new CliException($"no source {id} in {store.Description}; `entente sources list` shows the ids");
        var claims = await store.CountClaimsAsync(new ClaimQuery { Sources = [source.Id] });
        var details = SourceDetails.Of(source, claims, withText);
        var printed = withText ? source.Text : null;
        if (withOriginal)
        {
            printed = await OriginalAsync(store, source);
            details = details with { OriginalText = printed };
        }
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.WriteLine(CliJson.Serialize(details));
                break;
            case OutputFormat.Csv:
                IReadOnlyList<Column<SourceDetails>> columns = withText ? [.. SourceDetails.Fields, new("text", s => s.Text)]
                    : withOriginal ? [.. SourceDetails.Fields, new("original_text", s => s.OriginalText)]
                    : SourceDetails.Fields;
                Output.Write(context.Out, OutputFormat.Csv, [details], columns);
                break;
            default:
                var width = SourceDetails.Fields.Max(f => f.Header.Length);
                foreach (var f in SourceDetails.Fields)
                    if (f.Value(details) is { Length: > 0 } value) context.Out.WriteLine($"{f.Header.PadRight(width)}  {value}");
                if (printed is not null)
                {
                    context.Out.WriteLine();
                    context.Out.Write(printed);
                    if (!printed.EndsWith('\n')) context.Out.WriteLine();
                }
                break;
        }
        return 0;
    }

    /// <summary>
    /// The file as read. A store keeps it only when it differs from the normalized text; when it does not, evidence still
    /// carries original offsets (then equal to start and end) and the normalized text is the file's. A source whose
    /// evidence has none is a data set, or a page whose text could not be aligned with its markup (or was stored before
    /// maps were kept).
    /// </summary>
    private static async Task<string> OriginalAsync(IEntenteStore store, Core.Sources.Source source)
    {
        if (source.OriginalText is { } original) return original;
        if (source.Mentions is [{ OriginalStart: not null }, ..]) return source.Text;
        await foreach (var claim in store.QueryClaimsAsync(new ClaimQuery { Sources = [source.Id], Limit = 1 }))
            if (claim.Evidence.OriginalStart is not null) return source.Text;
        throw new CliException($"{source.Id}: nothing stored points into the file as read (data sets have no text; a web page whose text could not be aligned with its markup, or a source stored before maps were kept, has none); --text prints the text evidence start and end point into");
    }
}

using Entente.Cli.Framework;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente sources show ID [--text]`: a stored source's metadata and, with --text, the text exactly as stored, the
/// text that evidence offsets point into. A table prints one field a line and the text after a blank line.
/// </summary>
public sealed class SourcesShowCommand : ICliCommand
{
    public string Name => "sources show";
    public string Summary => "show a stored source's metadata and, with --text, its stored text";
    public string Arguments => "ID";

    public IReadOnlyList<OptionSpec> Options =>
    [
        Output.FormatOption,
        OptionSpec.Flag("text", "print the stored text too"),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var id = args.Require(0, "ID: a source id, as `sources list` prints it");
        if (args.Positional.Count > 1) throw new UsageException($"unexpected argument '{args.Positional[1]}'; sources show takes one ID");
        var format = Output.Format(args);
        var withText = args.Has("text");
        await using var store = await context.OpenStoreAsync(args);
        var source = await store.GetSourceAsync(id) ?? throw new CliException($"no source {id} in {store.Description}; `entente sources list` shows the ids");
        var claims = await store.CountClaimsAsync(new ClaimQuery { Sources = [source.Id] });
        var details = SourceDetails.Of(source, claims, withText);
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.WriteLine(Core.Serialization.EntenteJson.Serialize(details));
                break;
            case OutputFormat.Csv:
                var columns = withText ? [.. SourceDetails.Fields, new("text", s => s.Text)] : SourceDetails.Fields;
                Output.Write(context.Out, OutputFormat.Csv, [details], columns);
                break;
            default:
                var width = SourceDetails.Fields.Max(f => f.Header.Length);
                foreach (var f in SourceDetails.Fields)
                    if (f.Value(details) is { Length: > 0 } value) context.Out.WriteLine($"{f.Header.PadRight(width)}  {value}");
                if (withText)
                {
                    context.Out.WriteLine();
                    context.Out.Write(source.Text);
                    if (!source.Text.EndsWith('\n')) context.Out.WriteLine();
                }
                break;
        }
        return 0;
    }
}

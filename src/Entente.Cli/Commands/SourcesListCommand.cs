using Entente.Cli.Framework;
using Entente.Core.Sources;

namespace Entente.Cli.Commands;

/// <summary>Lists the stored sources, most recently stored first.</summary>
public sealed class SourcesListCommand : ICliCommand
{
    public string Name => "sources list";
    public string Summary => "list stored sources, newest first";

    public IReadOnlyList<OptionSpec> Options => [Output.FormatOption];

    private static readonly Column<Source>[] Columns =
    [
        new("id", s => s.Id),
        new("title", s => s.Title),
        new("publisher", s => s.Publisher),
        new("published", s => s.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new("reliability", s => s.Reliability.ToString()),
        new("kind", s => s.Kind.ToString().ToLowerInvariant()),
        new("rated by", s => s.Rating is null ? null : s.Rating.Scope == RatingScope.Publisher ? $"{s.Rating.SetBy} (publisher {s.Rating.Target})" : s.Rating.SetBy),
        new("rated at", s => s.Rating?.At.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = Output.Format(args);
        await using var store = await context.OpenStoreAsync(args);
        var sources = await store.ListSourcesAsync();
        Output.Write(context.Out, format, sources, Columns);
        return 0;
    }
}

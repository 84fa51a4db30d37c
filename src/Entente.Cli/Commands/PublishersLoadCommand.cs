using Entente.Cli.Framework;
using Entente.Core.Sources;

namespace Entente.Cli.Commands;

/// <summary>`entente publishers load FILE`: rates many publishers from a file (samples/publishers.txt is an example); a bad line stores nothing.</summary>
public sealed class PublishersLoadCommand : ICliCommand
{
    public string Name => "publishers load";
    public string Summary => "rate publishers from a file of 'publisher | A-F | reason' lines (samples/publishers.txt)";
    public string Arguments => "FILE";

    public IReadOnlyList<OptionSpec> Options => [AnalystName.Option];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var path = args.Require(0, "FILE");
        if (Core.Files.ReadableFile.Problem(path) is { } problem) throw new CliException($"{path}: {problem}; nothing was loaded");
        var (lines, error) = PublisherFile.Parse(path, await File.ReadAllTextAsync(path));
        if (error is not null) throw new CliException(error + "; nothing was loaded");
        var analyst = AnalystName.Of(args, context);
        var at = context.Clock.GetUtcNow();
        await using var store = await context.OpenOrCreateStoreAsync(args);
        var inForce = new SourceRatings(await store.ListRatingsAsync()).Publishers.ToDictionary(r => r.Target, StringComparer.Ordinal);
        var added = 0;
        foreach (var line in lines)
        {
            var rating = SourceRating.Create(RatingScope.Publisher, line.Publisher, line.Reliability, analyst, at, line.Reason);
            // Loading the same file again adds nothing: a publisher already rated the same, for the same reason, is left be.
            if (inForce.TryGetValue(rating.Target, out var current) && current.Reliability == rating.Reliability && current.Reason == rating.Reason) continue;
            await store.AddRatingAsync(rating);
            added++;
        }
        context.Out.WriteLine($"loaded {lines.Count} publisher ratings from {path}: {added} new, {lines.Count - added} unchanged");
        return 0;
    }
}

using Entente.Cli.Framework;
using Entente.Core.Sources;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente publishers set reuters.com B --reason …`: rates every source of a publisher, matched by the publisher its
/// metadata names or by its address's host. A source's own rating beats its publisher's.
/// </summary>
public sealed class PublishersSetCommand : ICliCommand
{
    public string Name => "publishers set";
    public string Summary => "rate a publisher A to F; its sources read that rating at once";
    public string Arguments => "PUBLISHER RELIABILITY";

    public IReadOnlyList<OptionSpec> Options => [ReliabilityOption.Reason, AnalystName.Option];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var publisher = args.Require(0, "PUBLISHER (a name or a domain such as reuters.com)");
        if (PublisherKey.Of(publisher).Length == 0) throw new CliException("the publisher is empty; nothing was changed");
        var reliability = ReliabilityOption.Parse(args.Require(1, "RELIABILITY (A to F)"), "RELIABILITY");
        var rating = SourceRating.Create(RatingScope.Publisher, publisher, reliability, AnalystName.Of(args, context), context.Clock.GetUtcNow(), args.Get("reason"));
        await using var store = await context.OpenOrCreateStoreAsync(args);
        await store.AddRatingAsync(rating);
        var sources = (await store.ListSourcesAsync()).Count(s => s.Rating?.Id == rating.Id);
        context.Out.WriteLine($"rated publisher {rating.Target} {reliability} by {rating.SetBy}; {sources} stored source(s) now read {reliability}");
        return 0;
    }
}

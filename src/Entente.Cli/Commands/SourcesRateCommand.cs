using Entente.Cli.Framework;
using Entente.Core.Sources;

namespace Entente.Cli.Commands;

/// <summary>`entente sources rate SOURCE_ID B`: rates one stored source; the rating beats its publisher's and applies at once.</summary>
public sealed class SourcesRateCommand : ICliCommand
{
    public string Name => "sources rate";
    public string Summary => "rate a stored source A to F (kept as a record with who and when)";
    public string Arguments => "SOURCE_ID RELIABILITY";

    public IReadOnlyList<OptionSpec> Options => [ReliabilityOption.Reason, AnalystName.Option];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var id = args.Require(0, "SOURCE_ID");
        var reliability = ReliabilityOption.Parse(args.Require(1, "RELIABILITY (A to F)"), "RELIABILITY");
        await using var store = await context.OpenStoreAsync(args);
        if (await store.GetSourceAsync(id) is null)
            throw new CliException($"no source '{id}' in {store.Description}; `entente sources list` shows the ids. Nothing was changed");
        var rating = SourceRating.Create(RatingScope.Source, id, reliability, AnalystName.Of(args, context), context.Clock.GetUtcNow(), args.Get("reason"));
        await store.AddRatingAsync(rating);
        context.Out.WriteLine($"rated {id} {reliability} by {rating.SetBy}");
        return 0;
    }
}

using Entente.Cli.Framework;
using Entente.Core.Sources;

namespace Entente.Cli.Commands;

/// <summary>`entente publishers list`: the publisher table, the rating in force for each publisher (with `--history`, every rating given).</summary>
public sealed class PublishersListCommand : ICliCommand
{
    public string Name => "publishers list";
    public string Summary => "list the publisher ratings in force (--history: every one given)";

    public IReadOnlyList<OptionSpec> Options => [OptionSpec.Flag("history", "every publisher rating ever given, oldest first"), Output.FormatOption];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = Output.Format(args);
        await using var store = await context.OpenStoreAsync(args);
        var all = await store.ListRatingsAsync();
        var rows = args.Has("history")
            ? all.Where(r => r.Scope == RatingScope.Publisher).ToList()
            : new SourceRatings(all).Publishers.ToList();
        Output.Write(context.Out, format, rows, RatingColumns.All);
        return 0;
    }
}

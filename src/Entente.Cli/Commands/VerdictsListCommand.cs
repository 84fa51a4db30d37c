using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>Lists the verdicts analysts have given, oldest first, all or on one claim.</summary>
public sealed class VerdictsListCommand : ICliCommand
{
    public string Name => "verdicts list";
    public string Summary => "list analysts' verdicts on claims, oldest first";

    public IReadOnlyList<OptionSpec> Options => [new("claim", "only the verdicts on this claim id"), Output.FormatOption];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        if (args.Positional.Count > 0) throw new UsageException($"verdicts list takes no arguments (got '{args.Positional[0]}'); use --claim ID");
        var format = Output.Format(args);
        await using var store = await context.OpenStoreAsync(args);
        var verdicts = (await store.ListVerdictsAsync(args.Get("claim"))).Order(Analysis.Graph.EffectiveClaims.Chronological).ToList();
        Output.Write(context.Out, format, verdicts, VerdictColumns.All);
        return 0;
    }
}

using Entente.Analysis.Graph;
using Entente.Analysis.Hypotheses;
using Entente.Cli.Framework;
using Entente.Core.Hypotheses;

namespace Entente.Cli.Commands;

/// <summary>What `ach`, `ach override` and `brief` share: the hypotheses file, the pair's snapshot as known by a date, and its overrides.</summary>
internal static class AchQuery
{
    public static readonly OptionSpec HypothesesOption = new("hypotheses", "a hypotheses file to weigh instead of the shipped ones (docs/hypotheses.md)");
    public static readonly OptionSpec AsOfOption = new("as-of", "what was known by this date: sources published and verdicts and overrides given by then (YYYY-MM-DD)");

    public sealed record Loaded(GraphSnapshot Snapshot, string A, string B, IReadOnlyList<Hypothesis> Hypotheses, IReadOnlyList<CellOverride> Overrides, DateOnly? AsOf);

    public static IReadOnlyList<Hypothesis> Hypotheses(ParsedArgs args)
    {
        try
        {
            return args.Get("hypotheses") is { } path ? HypothesisFile.Load(path) : HypothesisFile.Default;
        }
        catch (HypothesisFileException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>Reads the hypotheses before the database, so a faulty file is reported however the rest stands.</summary>
    public static async Task<Loaded> LoadAsync(ParsedArgs args, CliContext context)
    {
        var hypotheses = Hypotheses(args);
        var asOf = args.GetDate("as-of", endOfPeriod: true);
        var kb = AnalysisQuery.Knowledge(args);
        await using var store = await context.OpenStoreAsync(args);
        var a = await ActorNames.IdAsync(store, kb, args.Require(0, "the first actor"));
        var b = await ActorNames.IdAsync(store, kb, args.Require(1, "the second actor"));
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) throw new UsageException("name two different actors");
        var snapshot = await GraphSnapshot.LoadKnownByAsync(store, kb, [a, b], asOf);
        var cutoff = asOf is { } d ? GraphSnapshot.KnownBy(d) : DateTimeOffset.MaxValue;
        var overrides = (await store.ListCellOverridesAsync(CellOverride.PairKey(a, b))).Where(o => o.At < cutoff).ToList();
        return new Loaded(snapshot, a, b, hypotheses, overrides, asOf);
    }
}

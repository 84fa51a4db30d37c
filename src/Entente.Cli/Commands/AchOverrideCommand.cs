using Entente.Analysis.Hypotheses;
using Entente.Cli.Framework;
using Entente.Core.Hypotheses;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente ach override A B ROW HYPOTHESIS CELL`: the analyst's own judgement of one cell of the pair's matrix.
/// A record of its own; the latest on a cell decides, and `ach` marks the cell as set by an analyst.
/// </summary>
public sealed class AchOverrideCommand : ICliCommand
{
    public string Name => "ach override";
    public string Summary => "set one cell of a pair's hypothesis matrix (consistent, inconsistent or neutral) as a record";
    public string Arguments => "ACTOR ACTOR ROW HYPOTHESIS consistent|inconsistent|neutral";

    public IReadOnlyList<OptionSpec> Options =>
        [new("note", "why, in a few words"), AnalystName.Option, AchQuery.HypothesesOption, new("kb", "an extra knowledge-base file layered over the shipped one", Repeatable: true), Output.FormatOption];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        if (args.Positional.Count != 5) throw new UsageException("give the pair, a row key, a hypothesis id and the cell: entente ach override A B ROW HYPOTHESIS consistent|inconsistent|neutral");
        var (row, hypothesis) = (args.Positional[2], args.Positional[3]);
        if (!CellOverrides.TryParse(args.Positional[4], out var cell)) throw new UsageException($"'{args.Positional[4]}' is no cell; use consistent, inconsistent or neutral");
        var note = args.Get("note");
        if (note is { Length: > CellOverrides.MaxNoteLength }) throw new UsageException($"--note is at most {CellOverrides.MaxNoteLength} characters");
        var format = Output.Format(args);
        var analyst = AnalystName.Of(args, context);
        var q = await AchQuery.LoadAsync(args, context);
        var matrix = AchAnalysis.Run(q.Snapshot, q.A, q.B, q.Hypotheses, q.Overrides);
        if (CellOverrides.Check(matrix, hypothesis, row) is { } error) throw new CliException(error);
        var record = CellOverrides.Create(matrix.Pair, hypothesis, row, cell, analyst, context.Clock.GetUtcNow(), note);
        await using (var store = await context.OpenStoreAsync(args)) await store.AddCellOverrideAsync(record);
        Output.Write(context.Out, format, [record], [
            new Column<CellOverride>("id", o => o.Id),
            new Column<CellOverride>("pair", o => o.Pair),
            new Column<CellOverride>("row", o => o.Row),
            new Column<CellOverride>("hypothesis", o => o.Hypothesis),
            new Column<CellOverride>("cell", o => o.Cell.ToString().ToLowerInvariant()),
            new Column<CellOverride>("analyst", o => o.Analyst),
            new Column<CellOverride>("note", o => o.Note)]);
        return 0;
    }
}

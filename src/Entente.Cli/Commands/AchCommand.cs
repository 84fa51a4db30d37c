using Entente.Analysis.Hypotheses;
using Entente.Cli.Framework;
using Entente.Core.Hypotheses;

namespace Entente.Cli.Commands;

/// <summary>`entente ach A B`: competing hypotheses about a pair weighed against its evidence (Heuer's method).</summary>
public sealed class AchCommand : ICliCommand
{
    public string Name => "ach";
    public string Summary => "weigh competing hypotheses about a pair (strategic, transactional, …) against its evidence";
    public string Arguments => "ACTOR ACTOR";

    public IReadOnlyList<OptionSpec> Options =>
        [AchQuery.HypothesesOption, AchQuery.AsOfOption, new("kb", "an extra knowledge-base file layered over the shipped one", Repeatable: true), Output.FormatOption];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = AnalysisQuery.Format(args);
        var q = await AchQuery.LoadAsync(args, context);
        var result = AchAnalysis.Run(q.Snapshot, q.A, q.B, q.Hypotheses, q.Overrides);
        if (format == OutputFormat.Json) AnalysisQuery.Json(context, result);
        else if (format == OutputFormat.Csv) Output.Write(context.Out, format, result.Rows, MatrixColumns(result));
        else Write(context.Out, result);
        return 0;
    }

    internal static string Letter(Consistency c) => c switch
    {
        Consistency.Consistent => "C",
        Consistency.Inconsistent => "I",
        _ => "-",
    };

    /// <summary>The matrix: one row per piece of evidence, one column per hypothesis (C, I or -; * when an analyst set it).</summary>
    private static List<Column<AchRow>> MatrixColumns(AchResult r)
    {
        var ids = r.Rows.Count == 0 ? [] : r.Rows[0].Cells.Select(c => c.Hypothesis).ToList();
        var columns = new List<Column<AchRow>> { new("row", x => x.Evidence.Key), new("weight", x => AnalysisQuery.Num(x.Evidence.Weight)), new("diag", x => AnalysisQuery.Num(x.Diagnosticity)) };
        columns.AddRange(ids.Select((id, i) => new Column<AchRow>(id, x => Letter(x.Cells[i].Value) + (x.Cells[i].Overridden ? "*" : ""))));
        columns.Add(new("evidence", x => x.Evidence.Label));
        return columns;
    }

    private static void Write(TextWriter w, AchResult r)
    {
        w.WriteLine($"{r.A.Name} — {r.B.Name}: {r.Rows.Count} evidence rows, {r.Overrides} cells set by an analyst");
        w.WriteLine();
        Output.Write(w, OutputFormat.Table, r.Ranking, [
            new Column<HypothesisScore>("rank", h => h.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Column<HypothesisScore>("hypothesis", h => $"{h.Title} ({h.Id})"),
            new Column<HypothesisScore>("inconsistency", h => AnalysisQuery.Num(h.Inconsistency)),
            new Column<HypothesisScore>("consistency", h => AnalysisQuery.Num(h.Consistency)),
            new Column<HypothesisScore>("share", h => AnalysisQuery.Num(h.Share))]);
        w.WriteLine();
        Output.Write(w, OutputFormat.Table, r.Rows, MatrixColumns(r));
        w.WriteLine("C consistent, I inconsistent, - neutral; * set by an analyst (entente ach override)");
        w.WriteLine();
        w.WriteLine("sensitivity: " + r.Sensitivity.Text);
    }
}

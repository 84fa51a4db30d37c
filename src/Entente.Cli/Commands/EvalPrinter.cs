using Entente.Cli.Framework;
using Entente.Core.Ontology;
using Entente.Evaluation;

namespace Entente.Cli.Commands;

/// <summary>
/// The text report of an evaluation: with --verbose first every document's misses, false positives, wrong
/// certainties and wrong times with their sentences, then the totals in score_set.py's own line (so the two
/// can be compared as text), the certainty and time counts, and the table per relation type.
/// </summary>
public static class EvalPrinter
{
    private static readonly Column<RelationScore>[] Columns =
    [
        new("relation", r => r.Relation),
        new("gold", r => r.Gold.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("tp", r => r.Tp.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("fp", r => r.Fp.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("fn", r => r.Fn.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("P", r => PythonNumbers.Fixed3(r.Precision)),
        new("R", r => PythonNumbers.Fixed3(r.Recall)),
        new("F1", r => PythonNumbers.Fixed3(r.F1)),
    ];

    public static void Print(TextWriter w, EvaluationReport report, bool verbose)
    {
        if (verbose)
        {
            foreach (var d in report.Documents) PrintDetails(w, d);
            w.WriteLine();
        }
        var t = report.Totals;
        w.WriteLine($"{report.Documents.Count} documents: P {PythonNumbers.Fixed3(t.Precision)} R {PythonNumbers.Fixed3(t.Recall)} F1 {PythonNumbers.Fixed3(t.F1)}"
            + $"  certainty {PythonNumbers.Repr3(t.CertaintyAccuracy)}  time {PythonNumbers.Repr3(t.TimeAccuracy)}  (tp {t.Tp} fp {t.Fp} fn {t.Fn})");
        w.WriteLine($"gold {t.Gold}  predicted {t.PredictedTriples}  certainty {t.CertaintyCorrect}/{t.CertaintyScored} right  time {t.TimeCorrect}/{t.TimeScored} right");
        w.WriteLine();
        Output.Write(w, OutputFormat.Table, [.. report.Relations, new RelationScore("total", t.Tp, t.Fp, t.Fn)], Columns);
        w.WriteLine();
        PrintCertainties(w, report.Certainties);
    }

    /// <summary>
    /// The certainty confusion: a row per gold certainty that was scored, a column per predicted certainty, and how
    /// many of the row were right (an <c>alt_cert</c> counts, so "right" can exceed the diagonal cell).
    /// </summary>
    private static void PrintCertainties(TextWriter w, CertaintyConfusion confusion)
    {
        var levels = Enum.GetValues<Certainty>();
        var rows = levels.Where(g => confusion.Scored(g) > 0).ToList();
        List<Column<Certainty>> columns = [new("gold", g => g.ToId())];
        columns.AddRange(levels.Select(p => new Column<Certainty>(p.ToId(), g => Number(confusion[g, p]))));
        columns.Add(new("right", g => $"{Number(confusion.Right(g))}/{Number(confusion.Scored(g))}"));
        w.WriteLine("certainty of the matched gold claims (rows: gold cert; columns: predicted)");
        Output.Write(w, OutputFormat.Table, rows, columns);
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void PrintDetails(TextWriter w, DocumentScore d)
    {
        var c = d.Counts;
        w.WriteLine($"{d.Name}  P {c.Precision:0.00} R {c.Recall:0.00}  tp {c.Tp} fp {c.Fp} fn {c.Fn}");
        foreach (var m in d.Misses) Detail(w, "miss", m.Triple.ToString(), m.Sentence);
        foreach (var f in d.FalsePositives) Detail(w, "false positive", $"{f.Triple} (rule {f.Predicted[0].Producer.Name})", f.Sentence);
        foreach (var x in d.WrongCertainty)
        {
            Detail(w, "wrong certainty", $"{x.Triple}: wanted {string.Join("|", x.Wanted)}, got {string.Join("|", x.Got)}", x.Sentence);
            foreach (var p in x.Predicted)
                w.WriteLine($"        got {p.Certainty.ToId()} ({p.Producer.Name}{(p.AttributedTo is { } who ? $", said by {who}" : "")}): \"{p.Evidence.Text}\"");
        }
        foreach (var x in d.WrongTime)
            Detail(w, "wrong time", $"{x.Triple}: wanted {Years(x.Wanted.From, x.Wanted.To)}, got {string.Join(", ", x.Got.Select(g => Years(g.From, g.To)))}", x.Sentence);
    }

    private static void Detail(TextWriter w, string kind, string what, string sentence)
    {
        w.WriteLine($"    {kind}: {what}");
        w.WriteLine($"        \"{sentence}\"");
    }

    private static string Years(int? from, int? to) => from is null || to is null ? "no time" : from == to ? $"{from}" : $"{from}-{to}";
}

using System.Globalization;
using Entente.Cli.Framework;
using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Extraction.Output;
using Entente.Extraction.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>
/// Prints extraction results as they come: a table per document, the JSON contract (one object for
/// one file, an array of them for several), JSON Lines with one claim per line, or CSV with one claim per row.
/// </summary>
public sealed class ExtractPrinter(TextWriter output, OutputFormat format, int expectedDocuments)
{
    private static readonly Column<Claim>[] Columns =
    [
        new("subject", c => c.Subject.Name),
        new("relation", c => c.Relation),
        new("object", c => c.Object?.Name),
        new("time", c => c.Time?.Text),
        new("certainty", c => c.Certainty.ToId()),
        new("evidence", c => c.Evidence.Text),
    ];

    private int _printed;

    public void Print(ExtractionResult result)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.Write(_printed == 0 ? (expectedDocuments > 1 ? "[\n" : "") : ",\n");
                output.Write(ExtractionJsonWriter.ToJson(result));
                break;
            case OutputFormat.Jsonl:
                using (var buffer = new MemoryStream())
                {
                    ExtractionJsonWriter.WriteLines(buffer, result);
                    output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                }
                break;
            case OutputFormat.Csv:
                var origin = result.Document.Origin;
                Output.WriteCsv(output, result.Claims, [new Column<Claim>("document", _ => origin), .. Columns], header: _printed == 0);
                break;
            default:
                if (_printed > 0) output.WriteLine();
                var title = result.Document.Metadata.Title;
                output.WriteLine($"{result.Document.Origin}{(title is null ? "" : $" ({title})")}: {result.Claims.Count} claim(s)");
                Output.Write(output, OutputFormat.Table, result.Claims, Columns);
                break;
        }
        _printed++;
    }

    /// <summary>Closes the JSON array or object; call once after the last document.</summary>
    public void Finish()
    {
        if (format != OutputFormat.Json) return;
        if (expectedDocuments > 1) output.WriteLine(_printed == 0 ? "[]" : "\n]");
        else if (_printed > 0) output.WriteLine();
    }

    /// <summary>The relation model's strongest decisions, kept or not: why a claim is there, or why it is not.</summary>
    public static void Explain(TextWriter output, ExtractionResult result, int count)
    {
        output.WriteLine();
        if (result.ModelDecisions.Count == 0)
        {
            output.WriteLine("(the relation model weighed nothing: no model, or no sentence names two parties)");
            return;
        }
        output.WriteLine("relation model: probability (pair score), kept, triple, sentence: words of its best candidate");
        foreach (var d in result.ModelDecisions.Take(count))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{d.Probability:F2} ({d.PairScore:F2}) {(d.Kept ? "kept   " : "dropped")} {d.Subject} {d.Relation} {d.Object}  s{d.Sentence}: {d.Evidence}"));
    }
}

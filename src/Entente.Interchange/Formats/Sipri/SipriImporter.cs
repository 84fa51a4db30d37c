using System.Runtime.CompilerServices;
using Entente.Interchange.Importing;
using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Sipri;

/// <summary>
/// SIPRI Arms Transfers Database CSV exports, in Latin-1, with free-text metadata lines before the
/// header. Two layouts exist: the trade register (one row per deal, header "Recipient,Supplier,…")
/// and the transfers export (one row per deal and delivery year, header "SIPRI AT Database ID,…").
/// </summary>
public sealed class SipriImporter : IImporter
{
    public async IAsyncEnumerable<ImportItem> ReadAsync(Stream input, ImportContext ctx, [EnumeratorCancellation] CancellationToken ct = default)
    {
        SipriLayout? layout = null;
        var lastLine = 0;
        await foreach (var record in CsvReader.ReadAsync(LineReader.ReadAsync(input, LineReader.Latin1, ct), ct: ct))
        {
            lastLine = record.Line;
            if (layout is null)
            {
                // A fresh layout per file: it remembers the deals it has seen.
                if (SipriColumns.All.FirstOrDefault(c => record.Raw.StartsWith(c.HeaderStart, StringComparison.Ordinal)) is { } columns)
                    layout = new SipriLayout(columns, record);
                continue;
            }
            if (record.Problem is not null)
            {
                yield return new RowError(record.Line, record.Problem);
                continue;
            }
            if (record.Raw.Trim().Length == 0) continue;
            if (record.Count != layout.Count)
            {
                yield return new RowError(record.Line, $"expected {layout.Count} columns, found {record.Count}");
                continue;
            }
            foreach (var item in layout.Map(record)) yield return item;
        }
        if (layout is null)
            yield return new RowError(lastLine, "no SIPRI header line (\"Recipient,Supplier,…\" or \"SIPRI AT Database ID,…\") was found");
    }
}

using System.Runtime.CompilerServices;
using Entente.Interchange.Importing;
using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Csv;

/// <summary>CSV records of a strict UTF-8 file, or the error that stopped reading (bad bytes, a cut-off quoted field).</summary>
public static class Records
{
    public readonly record struct Item(CsvRecord? Record, RowError? Error, bool Fatal = false);

    public static async IAsyncEnumerable<Item> ReadAsync(Stream input, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var records = CsvReader.ReadAsync(LineReader.ReadAsync(input, LineReader.StrictUtf8, ct), ct: ct);
        await using var e = records.GetAsyncEnumerator(ct);
        while (true)
        {
            Item next;
            try
            {
                if (!await e.MoveNextAsync()) yield break;
                var r = e.Current;
                next = r.Problem is not null ? new Item(null, new RowError(r.Line, r.Problem))
                    : r.Raw.Trim().Length == 0 ? new Item(null, null) : new Item(r, null);
            }
            catch (EncodingProblem p)
            {
                next = new Item(null, new RowError(p.Line, p.Message), Fatal: true);
            }
            if (next.Record is null && next.Error is null) continue;
            yield return next;
            // Past a decoding failure the rest of the file cannot be trusted.
            if (next.Fatal) yield break;
        }
    }
}

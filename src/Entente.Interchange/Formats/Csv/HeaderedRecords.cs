using System.Runtime.CompilerServices;
using Entente.Interchange.Importing;
using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Csv;

/// <summary>
/// CSV records under a header row. The first record names the columns; a header the format's check refuses
/// ends reading with that error, on the header's line. Later records come with the header, or as an error
/// of their own line when their number of fields differs from the header's.
/// </summary>
public static class HeaderedRecords
{
    public readonly record struct Item(CsvHeader? Header, CsvRecord? Record, RowError? Error);

    /// <param name="refuse">Returns why a header is not of the format, or null when it is.</param>
    public static async IAsyncEnumerable<Item> ReadAsync(Stream input, Func<CsvHeader, string?> refuse, [EnumeratorCancellation] CancellationToken ct = default)
    {
        CsvHeader? header = null;
        await foreach (var item in Records.ReadAsync(input, ct))
        {
            if (item.Error is not null)
            {
                yield return new Item(header, null, item.Error);
                continue;
            }
            var r = item.Record!;
            if (header is null)
            {
                header = new CsvHeader(r.Fields);
                if (refuse(header) is { } why)
                {
                    yield return new Item(header, null, new RowError(r.Line, why));
                    yield break;
                }
                continue;
            }
            yield return r.Count != header.Count
                ? new Item(header, null, new RowError(r.Line, $"expected {header.Count} columns, found {r.Count}"))
                : new Item(header, r, null);
        }
    }

    /// <summary>The usual check: the named columns must all be there.</summary>
    public static Func<CsvHeader, string?> Requiring(string what, params string[] columns) =>
        h => h.Missing(columns).ToList() is { Count: > 0 } missing ? $"{what}the header lacks {string.Join(", ", missing)}" : null;
}

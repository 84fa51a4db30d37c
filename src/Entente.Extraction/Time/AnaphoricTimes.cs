using Entente.Core.Time;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Time;

/// <summary>
/// Time words that point back to the time the narrative has reached rather than to the calendar ("the same day",
/// "a year later", "hours after the attack"), from lexicons/anaphoric-times.tsv. They are resolved against the
/// last time the document has given before them (<see cref="TimeStage"/>), shifted by their offset.
/// </summary>
public sealed class AnaphoricTimes
{
    public enum Unit { Day, Month, Year }

    public readonly record struct Entry(Unit Unit, int Offset);

    private readonly PhraseTable<Entry> _table = new();

    public AnaphoricTimes()
    {
        foreach (var (line, cols) in LexiconFiles.Read("anaphoric-times.tsv", 3))
        {
            if (!Enum.TryParse<Unit>(cols[1], ignoreCase: true, out var unit) || !int.TryParse(cols[2], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var offset))
                throw new FormatException($"lexicons/anaphoric-times.tsv:{line}: expected phrase, unit (day, month, year) and offset");
            foreach (var f in LexiconFiles.Forms(cols[0])) _table.Add(f, new Entry(unit, offset));
        }
    }

    /// <summary>Adds the anaphoric time words of a sentence, tokens [First, Last), to <paramref name="found"/> (a list the caller reuses).</summary>
    public void Find(List<Token> tokens, List<(int First, int Last, Entry Entry)> found)
    {
        found.Clear();
        var i = 0;
        while (i < tokens.Count)
        {
            if (_table.TryMatch(tokens, i, out var e, out var end))
            {
                found.Add((i, end, e));
                i = end;
            }
            else i++;
        }
    }

    /// <summary>The time the words name, given the time the narrative has reached.</summary>
    public static ClaimTime Resolve(Entry e, ClaimTime reached, string text)
    {
        var from = reached.From;
        return e.Unit switch
        {
            Unit.Day when reached.Precision == TimePrecision.Day => ClaimTime.Day(from.AddDays(e.Offset), text),
            Unit.Month when reached.Precision is TimePrecision.Day or TimePrecision.Month => ClaimTime.Month(from.AddMonths(e.Offset).Year, from.AddMonths(e.Offset).Month, text),
            Unit.Year when e.Offset != 0 || reached.Precision <= TimePrecision.Year => ClaimTime.Year(from.Year + e.Offset, text),
            _ => reached with { Text = text },
        };
    }
}

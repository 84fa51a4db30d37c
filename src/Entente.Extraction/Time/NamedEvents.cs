using System.Globalization;
using Entente.Core.Time;
using Entente.Extraction.Lexicons;

namespace Entente.Extraction.Time;

/// <summary>Well-known events that writers use as dates ("during the Second Intifada"), from lexicons/events.tsv.</summary>
public sealed class NamedEvents
{
    public PhraseTable<(DateOnly From, DateOnly To, TimePrecision Precision)> Table { get; } = new();

    public NamedEvents()
    {
        foreach (var (line, cols) in LexiconFiles.Read("events.tsv", 4))
        {
            if (!DateOnly.TryParseExact(cols[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !DateOnly.TryParseExact(cols[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
                || !ClaimTime.ParsePrecision(cols[3]).Success)
                throw new FormatException($"lexicons/events.tsv:{line}: expected phrase, from, to (YYYY-MM-DD) and precision");
            var precision = ClaimTime.ParsePrecision(cols[3]).Value;
            foreach (var f in LexiconFiles.Forms(cols[0])) Table.Add(f, (from, to, precision));
        }
    }
}

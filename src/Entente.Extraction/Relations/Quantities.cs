using System.Globalization;
using Entente.Core.Claims;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Time;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Relations;

/// <summary>Amounts as written: "hundreds", "scores of", "2,400", with rough numeric bounds.</summary>
public static class Quantities
{
    private static readonly Dictionary<string, (double Low, double High)> Words = new(StringComparer.Ordinal)
    {
        ["dozens"] = (24, 99), ["scores"] = (40, 99), ["hundreds"] = (200, 999), ["thousands"] = (2000, 9999),
        ["tens"] = (20, 99), ["millions"] = (2_000_000, 9_999_999), ["several"] = (3, 9), ["dozen"] = (12, 12),
    };

    public static Quantity? Find(SentenceAnalysis s, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to && k < s.Tokens.Count; k++)
        {
            var t = s.Tokens[k];
            if (Words.TryGetValue(t.Lower, out var b)) return new Quantity(t.Text, b.Low, b.High);
            if (t.Shape == TokenShape.Number && !CalendarWords.TryYear(t.Lower, out _)
                && double.TryParse(t.Text.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
                return new Quantity(t.Text, n, n);
        }
        return null;
    }
}

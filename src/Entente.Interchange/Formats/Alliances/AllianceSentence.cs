using System.Globalization;

namespace Entente.Interchange.Formats.Alliances;

/// <summary>An alliance dyad in words for its claim's evidence: "COW alliance 2001: Russia and Iran, defense, 2001-03-12 to 2012-12-31".</summary>
public static class AllianceSentence
{
    public static string Of(string dataset, string allianceId, string a, string b, IEnumerable<string> terms, DateOnly from, DateOnly? to)
    {
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var kinds = string.Join(", ", terms);
        var span = $"{Day(from)} to {(to is { } t ? Day(t) : "the end of the data")}";
        return $"{dataset} alliance {allianceId}: {a} and {b}{(kinds.Length > 0 ? ", " + kinds : "")}, {span}";
    }
}

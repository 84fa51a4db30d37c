using Entente.Interchange.Formats.Csv;
using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Acled;

/// <summary>
/// An ACLED event in words for its claim's evidence: "ACLED, 12 March 2023: Battles (Armed clash) between Wagner
/// Group and JNIM in Ndaki, Mali; 5 fatalities". Cells the row leaves empty are left out.
/// </summary>
public static class AcledSentence
{
    public static string Of(CsvHeader h, CsvRecord r)
    {
        string Get(string column) => h.Get(r, column);
        var kind = Get("sub_event_type") is { Length: > 0 } sub && sub != Get("event_type") ? $"{Get("event_type")} ({sub})" : Get("event_type");
        var where = string.Join(", ", new[] { Get("location"), Get("country") }.Where(x => x.Length > 0));
        var text = $"ACLED, {Get("event_date")}: {kind} between {Get("actor1")} and {Get("actor2")}";
        if (where.Length > 0) text += " in " + where;
        if (Get("fatalities") is { Length: > 0 } dead) text += $"; {dead} fatalities";
        return text;
    }
}

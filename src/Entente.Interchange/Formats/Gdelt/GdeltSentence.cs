namespace Entente.Interchange.Formats.Gdelt;

/// <summary>
/// A GDELT event in words for its claim's evidence: "GDELT, 2019-10-24: RUSSIA (RUS) → IRAN (IRN), CAMEO 042
/// (visit), in Tehran, Iran". GDELT codes events from news by machine; the CAMEO code and our relation for it
/// say what was coded, and the source URL, when the layout has one, where to read the report.
/// </summary>
public static class GdeltSentence
{
    public static string Of(string[] f, GdeltLayout layout, string code, string relation)
    {
        static string Actor(string[] f, int at)
        {
            var (name, cameo) = (f[at + GdeltLayout.ActorName].Trim(), f[at + GdeltLayout.Code].Trim());
            return name.Length == 0 ? cameo : cameo.Length == 0 ? name : $"{name} ({cameo})";
        }
        var day = f[GdeltLayout.Day];
        var date = day.Length == 8 ? $"{day[..4]}-{day[4..6]}-{day[6..]}" : day;
        var text = $"GDELT, {date}: {Actor(f, GdeltLayout.Actor1)} → {Actor(f, GdeltLayout.Actor2)}, CAMEO {code} ({relation})";
        if (f[layout.Geo(2) + GdeltLayout.GeoFullName].Trim() is { Length: > 0 } place) text += ", in " + place;
        if (layout.SourceUrl is { } u && f[u].Trim() is { Length: > 0 } url) text += "; " + url;
        return text;
    }
}

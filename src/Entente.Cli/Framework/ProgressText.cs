using System.Globalization;

namespace Entente.Cli.Framework;

/// <summary>The words of a progress state: counts, rate and time left, as a line for a log and as a bar for a terminal.</summary>
public static class ProgressText
{
    private const int BarWidth = 24;

    /// <summary>"entente ingest: 12 of 40 documents (30%), 2.4 documents/s, about 12 s left"; without a total, the time so far.</summary>
    public static string Line(ProgressState s)
    {
        var rate = s.Rate is { } r ? $", {Rate(r)} {s.Unit}/s" : "";
        return s.Total is { } total
            ? $"{s.Label}: {Count(s.Done)} of {Count(total)} {s.Unit} ({Percent(s)}){rate}{(s.Remaining is { } left ? $", about {Words(left)} left" : "")}"
            : $"{s.Label}: {Count(s.Done)} {s.Unit}{rate}, {Words(s.Elapsed)} so far";
    }

    /// <summary>
    /// "entente ingest [#######.................]  12/40 documents  2.4/s  0:12 left", narrower than
    /// <paramref name="width"/>: a line that wraps cannot be redrawn with a carriage return, so the label gives way.
    /// </summary>
    public static string Bar(ProgressState s, int width = int.MaxValue)
    {
        var rate = s.Rate is { } r ? $"  {Rate(r)}/s" : "";
        string rest;
        if (s.Fraction is not { } fraction) rest = $"  {Count(s.Done)} {s.Unit}{rate}  {Clock(s.Elapsed)}";
        else
        {
            var filled = (int)Math.Round(fraction * BarWidth);
            var bar = new string('#', filled) + new string('.', BarWidth - filled);
            rest = $" [{bar}]  {Count(s.Done)}/{Count(s.Total!.Value)} {s.Unit}{rate}  {(s.Remaining is { } left ? Clock(left) + " left" : Clock(s.Elapsed))}";
        }
        // The last column stays free: writing into it makes some terminals wrap at once.
        var room = width - 1 - rest.Length;
        var label = s.Label.Length <= room ? s.Label : room <= 1 ? "" : s.Label[..(room - 1)] + "…";
        var line = label + rest;
        return line.Length < width ? line : line[..Math.Max(0, width - 1)];
    }

    private static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Percent(ProgressState s) => ((s.Fraction ?? 0) * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Rate(double r) => r.ToString(r < 10 ? "0.0" : "#,0", CultureInfo.InvariantCulture);

    /// <summary>"12 s", "4 min", "1 h 20 min": a log line's reader wants the order of magnitude, not the seconds.</summary>
    public static string Words(TimeSpan t) => t.TotalSeconds < 90
        ? $"{Math.Round(t.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s"
        : t.TotalMinutes < 90
            ? $"{Math.Round(t.TotalMinutes).ToString(CultureInfo.InvariantCulture)} min"
            : $"{((int)t.TotalHours).ToString(CultureInfo.InvariantCulture)} h {t.Minutes.ToString(CultureInfo.InvariantCulture)} min";

    /// <summary>"0:12", "1:02:03": the stopwatch form a bar redrawn in place can show without jumping about.</summary>
    public static string Clock(TimeSpan t) => t.TotalHours >= 1
        ? $"{((int)t.TotalHours).ToString(CultureInfo.InvariantCulture)}:{t.Minutes:00}:{t.Seconds:00}"
        : $"{t.Minutes.ToString(CultureInfo.InvariantCulture)}:{t.Seconds:00}";
}

namespace Entente.Cli.Framework;

/// <summary>
/// Progress for a stderr that is a file or a pipe (a CI log, `2>log`): a plain line every few seconds, never a
/// carriage return or escape that a log would keep as noise.
/// </summary>
public sealed class ProgressLines(TextWriter err, TimeSpan every) : IProgressRenderer
{
    /// <summary>Often enough that a long run is seen to move, rarely enough that a log of a night's import stays short.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);

    /// <summary>Sets the interval in seconds for a log that wants more lines or fewer; 0 prints a line per step of work.</summary>
    public const string IntervalVariable = "ENTENTE_PROGRESS_SECONDS";

    public TimeSpan Interval => every;

    /// <summary>The interval <see cref="IntervalVariable"/> gives, or the default when it is unset or not a number of seconds.</summary>
    public static TimeSpan IntervalFrom(string? seconds) =>
        double.TryParse(seconds, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) && s >= 0 && s < TimeSpan.MaxValue.TotalSeconds
            ? TimeSpan.FromSeconds(s)
            : DefaultInterval;

    public void Show(ProgressState state) => err.WriteLine(ProgressText.Line(state));

    public void Say(string line) => err.WriteLine(line);

    public void Finish() => err.Flush();
}

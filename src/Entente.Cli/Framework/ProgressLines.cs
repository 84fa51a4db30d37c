namespace Entente.Cli.Framework;

/// <summary>
/// Progress for a stderr that is a file or a pipe (a CI log, `2>log`): a plain line every few seconds, never a
/// carriage return or escape that a log would keep as noise.
/// </summary>
public sealed class ProgressLines(TextWriter err, TimeSpan every) : IProgressRenderer
{
    /// <summary>Often enough that a long run is seen to move, rarely enough that a log of a night's import stays short.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);

    public TimeSpan Interval => every;

    public void Show(ProgressState state) => err.WriteLine(ProgressText.Line(state));

    public void Say(string line) => err.WriteLine(line);

    public void Finish() => err.Flush();
}

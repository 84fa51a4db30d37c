namespace Entente.Cli.Framework;

/// <summary>
/// Progress for a stderr that is a terminal: one line redrawn in place with a carriage return, cleared before any
/// message and at the end, so messages and the summary print on clean lines.
/// </summary>
/// <param name="width">The terminal's width in columns, which a line must stay under to be redrawn in place.</param>
public sealed class TerminalProgressBar(TextWriter err, int width) : IProgressRenderer
{
    private int _drawn;

    /// <summary>Ten redraws a second move smoothly without costing the work they report on.</summary>
    public TimeSpan Interval => TimeSpan.FromMilliseconds(100);

    public void Show(ProgressState state)
    {
        var text = ProgressText.Bar(state, width);
        // Padding over the previous text erases its tail when the new line is shorter.
        err.Write("\r" + text.PadRight(_drawn));
        err.Flush();
        _drawn = text.Length;
    }

    public void Say(string line)
    {
        Clear();
        err.WriteLine(line);
    }

    public void Finish()
    {
        Clear();
        err.Flush();
    }

    private void Clear()
    {
        if (_drawn == 0) return;
        err.Write("\r" + new string(' ', _drawn) + "\r");
        _drawn = 0;
    }
}

namespace Entente.Cli.Framework;

/// <summary>
/// Counts the work of one long command (documents, rows, claims) and shows it on stderr through a renderer: a bar on a
/// terminal, a line every few seconds when stderr is piped, nothing with --quiet. Time is read only from the injected
/// clock, so a test can drive it; stdout is never touched, so what a command prints there stays machine-readable.
/// </summary>
public sealed class ProgressMeter : IDisposable
{
    private readonly IProgressRenderer? _renderer;
    private readonly TextWriter _err;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private long _started;
    private long _lastShown;
    private string _label;
    private string _unit;
    private long? _total;
    private long _done;
    private bool _finished;

    /// <param name="renderer">Where states are shown; null shows none (--quiet).</param>
    /// <param name="err">Where messages go when no renderer draws (stderr).</param>
    /// <summary>The option of every command that shows progress.</summary>
    public static readonly OptionSpec QuietOption = OptionSpec.Flag("quiet", "no progress on stderr (a bar on a terminal, else a line every 5 s); the summary still prints");

    public ProgressMeter(IProgressRenderer? renderer, TextWriter err, TimeProvider clock, string label, string unit, long? total)
    {
        _renderer = renderer;
        _err = err;
        _clock = clock;
        (_label, _unit, _total) = (label, unit, total);
        _started = _lastShown = clock.GetTimestamp();
    }

    /// <summary>Counts <paramref name="count"/> more done and shows the state when the renderer's interval has passed.</summary>
    public void Advance(long count = 1)
    {
        if (_renderer is null) return;
        lock (_gate)
        {
            _done += count;
            var now = _clock.GetTimestamp();
            if (_clock.GetElapsedTime(_lastShown, now) < _renderer.Interval) return;
            _lastShown = now;
            _renderer.Show(State(now));
        }
    }

    /// <summary>
    /// Starts the next stage of the same command (an import reads its file, then stores its claims): the count and
    /// the rate begin again, so the time left is that of the stage under way.
    /// </summary>
    public void Stage(string label, string unit, long? total)
    {
        if (_renderer is null) return;
        lock (_gate)
        {
            (_label, _unit, _total, _done) = (label, unit, total, 0);
            _started = _lastShown = _clock.GetTimestamp();
        }
    }

    /// <summary>A message that must be seen now (a file that failed), printed so it does not mix with a drawn bar.</summary>
    public void Say(string line)
    {
        lock (_gate)
        {
            if (_renderer is null) _err.WriteLine(line);
            else _renderer.Say(line);
        }
    }

    private ProgressState State(long now) => new(_label, _unit, _done, _total, _clock.GetElapsedTime(_started, now));

    /// <summary>Takes the bar off the terminal, so the summary that follows starts on a clean line.</summary>
    public void Dispose()
    {
        if (_renderer is null) return;
        lock (_gate)
        {
            if (_finished) return;
            _finished = true;
            _renderer.Finish();
        }
    }
}

/// <summary>How far one stage of a command has come: what it counts, how many are done of how many, and for how long.</summary>
public sealed record ProgressState(string Label, string Unit, long Done, long? Total, TimeSpan Elapsed)
{
    /// <summary>Done per second so far; null before any time has passed.</summary>
    public double? Rate => Elapsed > TimeSpan.Zero ? Done / Elapsed.TotalSeconds : null;

    /// <summary>The time left at the rate so far; null without a total or a rate.</summary>
    public TimeSpan? Remaining => Total is { } t && Rate is > 0 and var r ? TimeSpan.FromSeconds(Math.Max(0, t - Done) / r) : null;

    public double? Fraction => Total is > 0 and var t ? Math.Min(1, (double)Done / t) : null;
}

/// <summary>Shows progress states somewhere the user looks; a meter calls it under its lock, one call at a time.</summary>
public interface IProgressRenderer
{
    /// <summary>The least time between two shown states: a terminal redraws often, a log gets a line every few seconds.</summary>
    TimeSpan Interval { get; }

    void Show(ProgressState state);

    void Say(string line);

    void Finish();
}

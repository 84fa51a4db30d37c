namespace Entente.Cli.Tests;

/// <summary>
/// A clock whose stopwatch moves on by a fixed step each time it is read, so a test sees time pass between any two
/// reads without waiting: with a step as long as the progress interval, every step of work prints a progress line.
/// </summary>
public sealed class SteppingClock(TimeSpan step) : TimeProvider
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Add(ref _ticks, step.Ticks);

    public override DateTimeOffset GetUtcNow() => Start + TimeSpan.FromTicks(Interlocked.Read(ref _ticks));
}

/// <summary>A clock that moves only when the test says, for exact counts, rates and times left.</summary>
public sealed class ManualClock : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _ticks;

    public void Advance(TimeSpan by) => _ticks += by.Ticks;
}

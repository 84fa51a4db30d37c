namespace Entente.Extraction.Tests;

/// <summary>
/// The CPU time of the calling thread, from Linux's /proc/thread-self/stat (user and system clock ticks, 100 a second):
/// unlike wall time, other processes on a loaded machine do not add to it, so a test can compare the work of two runs.
/// </summary>
public static class ThreadCpu
{
    private const double TicksPerSecond = 100;

    /// <summary>Runs <paramref name="work"/> on this thread and returns its result with the CPU time it took.</summary>
    public static (T Result, TimeSpan Cpu) Of<T>(Func<T> work)
    {
        var before = Now();
        var result = work();
        return (result, Now() - before);
    }

    public static TimeSpan Now()
    {
        const string Stat = "/proc/thread-self/stat";
        if (!File.Exists(Stat)) Assert.Skip($"{Stat} is not there: the thread's CPU time is read from Linux's /proc");
        // "tid (name) state ppid …": the name may hold spaces, so the fields are counted after its closing bracket;
        // utime and stime are the 14th and 15th fields, the 12th and 13th after it.
        var line = File.ReadAllText(Stat);
        var fields = line[(line.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromSeconds((long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond);
    }
}

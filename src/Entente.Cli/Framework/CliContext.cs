using Entente.Storage;

namespace Entente.Cli.Framework;

/// <summary>What a command may touch: its output streams, the clock, the environment and the database.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, TimeProvider clock, Func<string, string?> environment)
{
    private readonly UnreadableRowReporter _unreadable = new(error);

    public TextWriter Out { get; } = output;
    public TextWriter Err { get; } = error;
    public TimeProvider Clock { get; } = clock;

    /// <summary>True when stderr is a terminal, where progress is a bar redrawn in place; false for a pipe or a file.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The terminal's width in columns, which a progress bar stays under.</summary>
    public int TerminalWidth { get; init; } = 80;

    /// <summary>How often progress prints a line when stderr is not a terminal: $ENTENTE_PROGRESS_SECONDS, else every 5 s.</summary>
    public TimeSpan ProgressInterval { get; init; } = ProgressLines.IntervalFrom(environment(ProgressLines.IntervalVariable));

    public string? Env(string name) => environment(name);

    /// <summary>Progress of a long command on stderr as this context shows it: a bar, periodic lines, or nothing with --quiet.</summary>
    public ProgressMeter Progress(ParsedArgs args, string label, string unit, long? total)
    {
        IProgressRenderer? renderer = args.Has("quiet") ? null : ErrorIsTerminal ? new TerminalProgressBar(Err, TerminalWidth) : new ProgressLines(Err, ProgressInterval);
        return new ProgressMeter(renderer, Err, Clock, label, unit, total);
    }

    /// <summary>The database spec: --db, else $ENTENTE_DB, else entente.db in the working directory.</summary>
    public string DatabaseSpec(ParsedArgs args) => args.Get("db") ?? Env("ENTENTE_DB") ?? "entente.db";

    /// <summary>
    /// Opens the database for a command that reads it. A SQLite file that is not there is an error: a mistyped --db
    /// must not answer "(none)" from a fresh empty database it has just left behind.
    /// </summary>
    public Task<IEntenteStore> OpenStoreAsync(ParsedArgs args, CancellationToken ct = default)
    {
        RequireDatabase(args);
        return OpenOrCreateStoreAsync(args, ct);
    }

    /// <summary>Fails unless the database a read command names is there; the message says how to make one.</summary>
    public void RequireDatabase(ParsedArgs args)
    {
        var spec = DatabaseSpec(args);
        if (!StoreOpener.Exists(spec))
            throw new CliException($"{spec}: no such database. Create one with 'entente init' (or store into it with 'entente ingest' or 'entente import'), or check --db and $ENTENTE_DB.");
    }

    /// <summary>Opens the database for a command that writes to it (init, ingest, import, sources add, kb add, synth), creating a SQLite file that is not there.</summary>
    public async Task<IEntenteStore> OpenOrCreateStoreAsync(ParsedArgs args, CancellationToken ct = default)
    {
        var spec = DatabaseSpec(args);
        try
        {
            return await StoreOpener.OpenAsync(spec, _unreadable.Report, ct);
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message, e);
        }
    }

    public static CliContext Console() =>
        new(StandardOutput(), System.Console.Error, TimeProvider.System, Environment.GetEnvironmentVariable)
        {
            // A terminal that cannot move the cursor (TERM=dumb, as in some editors' shells) gets the lines a log gets.
            ErrorIsTerminal = !System.Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb",
            TerminalWidth = TerminalColumns(),
        };

    /// <summary>
    /// Standard output as the console writes it (UTF-8 without a byte order mark, flushed at every write, so what a command
    /// prints is out before it goes on), with a 64 KB buffer instead of the console's 256 characters: the console writer
    /// made one system call per 256 characters, some seventy thousand for the 17.7 MB of a hub's timeline.
    /// </summary>
    private static TextWriter StandardOutput() =>
        TextWriter.Synchronized(new StreamWriter(System.Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true) { AutoFlush = true });

    /// <summary>The width of the terminal, or 80 where it cannot be read (stdout redirected, no terminal at all).</summary>
    private static int TerminalColumns()
    {
        try
        {
            return System.Console.WindowWidth is > 0 and var w ? w : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}

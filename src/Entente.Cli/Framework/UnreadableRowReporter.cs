using Entente.Storage;

namespace Entente.Cli.Framework;

/// <summary>
/// Says on stderr, once per row, which stored rows a command skipped because they do not decode: the answer
/// is still printed, and the user learns which ids to repair. A command may read the same row many times.
/// </summary>
internal sealed class UnreadableRowReporter(TextWriter err)
{
    private readonly HashSet<(string Table, string Id)> _reported = [];
    private readonly Lock _gate = new();

    public void Report(UnreadableRow row)
    {
        lock (_gate)
            if (_reported.Add((row.Table, row.Id)))
                err.WriteLine($"entente: {row} (the database is damaged or was written by a newer entente)");
    }
}

using Entente.Cli.Framework;
using Entente.Core.Hashing;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente enqueue FILE|DIR --db postgres://…`: records files for workers to extract and store. A job is its content:
/// enqueueing the same file again (or a copy of it elsewhere) adds nothing. Paths are stored absolute, so workers on
/// other machines need the files at the same path (a shared mount).
/// </summary>
public sealed class EnqueueCommand : ICliCommand
{
    public string Name => "enqueue";
    public string Summary => "record files or directories for 'entente worker' to extract and store (PostgreSQL stores)";
    public string Arguments => "FILE|DIR|GLOB...";

    public IReadOnlyList<OptionSpec> Options => [];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var files = ExtractionSetup.Files(args);
        await using var queue = await QueueOpener.OpenAsync(args, context);
        var (added, known) = (0, 0);
        foreach (var file in files)
        {
            string hash;
            try
            {
                using (var stream = File.OpenRead(file)) hash = ContentHash.Of(stream);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"{file}: {e.Message}; the files before it were enqueued, run again once it can be read");
            }
            if (await queue.EnqueueAsync(Path.GetFullPath(file), hash)) added++;
            else known++;
        }
        context.Out.WriteLine($"enqueued {added} new, {known} already queued, in {queue.Description}");
        return 0;
    }
}

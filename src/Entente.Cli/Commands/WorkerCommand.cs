using System.Globalization;
using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente worker --db postgres://…`: takes jobs from the store's queue (see `entente enqueue`), extracts and stores
/// each, and goes on until stopped; `--once` stops when the queue is drained. Run any number, on any machines that see
/// the files at the paths enqueued. One document at a time: start more workers to use more cores.
/// </summary>
public sealed class WorkerCommand : ICliCommand
{
    public string Name => "worker";
    public string Summary => "take documents from a PostgreSQL store's queue, extract and store them (run as many as you like)";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        OptionSpec.Flag("once", "stop when no job is pending or held by another worker, instead of waiting for more"),
        new("max-attempts", "attempts a document gets before it is parked with its reason (default 3)"),
        new("lease", $"seconds a job stays a worker's once it stops renewing it (a live worker renews every third of it): how soon a killed worker's job is taken again (default {DefaultLease.TotalSeconds:0})"),
        new("poll", "seconds between looks at an empty queue (default 2)"),
        new("name", "this worker's name in the queue (default HOST:PID)"),
        OptionSpec.Flag("quiet", "no line per document, only failures and the summary"),
        ExtractionSetup.MaxSize,
        ExtractionSetup.DocTimeout,
    ];

    /// <summary>A live worker renews its lease however long a document takes, so the lease only says how long a dead one keeps its job.</summary>
    private static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(1);

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var maxAttempts = args.GetInt("max-attempts", 3);
        if (maxAttempts < 1) throw new UsageException("--max-attempts must be at least 1");
        var options = new WorkerOptions(
            args.Get("name") ?? $"{Environment.MachineName}:{Environment.ProcessId}",
            Seconds(args, "lease", DefaultLease), maxAttempts, args.Has("once"), Seconds(args, "poll", TimeSpan.FromSeconds(2)), ExtractionSetup.BudgetOf(args));
        var reader = ExtractionSetup.Reader(args);
        await using var queue = await QueueOpener.OpenAsync(args, context);
        // The store beside the queue: for claims that join a source `sources add` stored (the queue writes new documents itself).
        await using var store = await context.OpenOrCreateStoreAsync(args);
        var (extractor, knowledge) = await ExtractionSetup.ExtractorAsync(args, context);
        var worker = new QueueWorker(queue, new Ingest.DocumentIngest(store, knowledge), reader, extractor, options, context.Clock, context.Err, quiet: args.Has("quiet"));
        WorkerSummary s;
        try
        {
            s = await worker.RunAsync();
        }
        catch (Exception e) when (e is Storage.StoreException or System.Data.Common.DbException)
        {
            // The job in hand goes back to the queue when its lease runs out.
            throw new CliException($"{queue.Description}: {e.Message}", e);
        }
        context.Out.WriteLine($"stored {s.Stored} documents ({s.Claims} claims), {s.AlreadyStored} already stored, {s.Failed} failed, {s.Lost} lost to another worker");
        return 0;
    }

    private static TimeSpan Seconds(ParsedArgs args, string name, TimeSpan fallback)
    {
        if (args.Get(name) is not { } text) return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 && s <= 86_400
            ? TimeSpan.FromSeconds(s)
            : throw new UsageException($"--{name} takes a number of seconds above 0 (at most a day), not '{text}'");
    }
}

using System.Runtime.InteropServices;
using Entente.Cli.Framework;
using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;
using Entente.Web.Hosting;
using Entente.Web.Security;
using Microsoft.Extensions.Logging;

namespace Entente.Cli.Commands;

/// <summary>`entente serve`: the local web workbench on the same database as the CLI, until Ctrl+C or SIGTERM.</summary>
public sealed class ServeCommand : ICliCommand
{
    public string Name => "serve";
    public string Summary => "Start the web workbench (graph, profiles, map, timeline, review, sources) on the database";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("db", "Database: a SQLite file or a postgres:// URL (default $ENTENTE_DB or entente.db)"),
        new("port", "Port to listen on (default 5170)"),
        new("host", "Address to listen on (default 127.0.0.1); any other address needs an access token"),
        new("token", "Access token for the API; generated and printed when listening beyond this machine"),
        new("upload-jobs", "uploads extracted at once; a few more wait, the rest get 429 (default 2)"),
        new("uploads-per-minute", "uploads taken per minute from all clients together; more get 429 (default 30)"),
        ExtractionSetup.DocTimeout,
        new("log-level", "Least severe log entries written to stderr: trace, debug, information, warning (default), error, critical or none"),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        // SIGINT (Ctrl+C) and SIGTERM (systemd, Docker, kill) both stop the server cleanly: the default would end
        // the process at once, or (SIGTERM, with the host's own handler) stop the host and leave this command waiting.
        using var stop = new CancellationTokenSource();
        void OnSignal(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return await RunAsync(args, context, stop.Token);
    }

    /// <summary>Serves until <paramref name="stop"/> is cancelled; tests stop it this way.</summary>
    internal async Task<int> RunAsync(ParsedArgs args, CliContext context, CancellationToken stop)
    {
        var options = Parse(args, context);
        context.RequireDatabase(args);
        await using var running = await StartAsync(options);
        var warm = WarmUpAsync(options.Extractor, stop);
        context.Out.WriteLine($"Entente workbench on {running.Url} (database {options.Database})");
        if (running.Token is not null && string.IsNullOrEmpty(options.Token))
            context.Out.WriteLine($"Listening beyond this machine: access token {running.Token} (send it as {AccessToken.HeaderName})");
        context.Out.WriteLine($"Open {running.BrowserUrl}");
        context.Out.WriteLine("Press Ctrl+C to stop.");
        context.Out.Flush();
        // Returns when stop is cancelled or the host stops by itself, after draining requests in flight.
        await running.WaitForShutdownAsync(stop);
        await warm;
        context.Out.WriteLine("Stopped.");
        return 0;
    }

    /// <summary>
    /// Sentences of our own that touch every stage of extraction, extracted in the background while the server waits
    /// for its first request, forty times over so that the runtime compiles the pipeline's hot code optimized at start
    /// (it recompiles a method after 30 calls) rather than during the first upload: a 1 MB upload to a fresh server took
    /// a median of 2.60 s without this and 2.30 s with it (3 runs each); the same file again, 1.5 s. Nothing is stored;
    /// a stop cancels it.
    /// </summary>
    private const string WarmUpText =
        "MOSCOW, March 3 - Russia supplied attack drones to Iran last year, officials said on Tuesday.\n" +
        "The two countries signed a defence agreement, and Iranian advisers trained Syrian forces near Aleppo.\n" +
        "The United States sanctioned a Chinese company that shipped engine parts to Russian factories.\n";

    private static async Task WarmUpAsync(IClaimExtractor? extractor, CancellationToken stop)
    {
        if (extractor is null) return;
        var document = Document.FromText(string.Concat(Enumerable.Repeat(WarmUpText, 40)), new DocumentMetadata { Published = new DateOnly(2024, 3, 7) });
        try
        {
            await Task.Run(() => extractor.ExtractUntil(document, stop), stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped before the warm-up finished: nothing to finish.
        }
    }

    internal static WorkbenchOptions Parse(ParsedArgs args, CliContext context)
    {
        var port = args.GetInt("port", 5170);
        if (port is < 1 or > 65535) throw new UsageException($"--port takes a port number 1–65535, not {port}");
        var host = args.Get("host") ?? "127.0.0.1";
        if (host.Length == 0) throw new UsageException("--host needs an address, such as 127.0.0.1 or 0.0.0.0");
        var logLevel = args.Get("log-level") is { } level
            ? Enum.TryParse<LogLevel>(level, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
                : throw new UsageException($"--log-level must be one of trace, debug, information, warning, error, critical, none; not '{level}'")
            : LogLevel.Warning;
        var uploadJobs = args.GetInt("upload-jobs", 2);
        if (uploadJobs < 1) throw new UsageException("--upload-jobs must be at least 1");
        var perMinute = args.GetInt("uploads-per-minute", 30);
        if (perMinute < 1) throw new UsageException("--uploads-per-minute must be at least 1");
        var knowledge = KnowledgeBase.Load();
        return new WorkbenchOptions
        {
            Database = context.DatabaseSpec(args),
            Host = host,
            Port = port,
            LogLevel = logLevel,
            UploadConcurrency = uploadJobs,
            UploadsPerMinute = perMinute,
            ExtractionBudget = ExtractionSetup.BudgetOf(args),
            Token = args.Get("token"),
            Clock = context.Clock,
            Analyst = context.Env("USER") ?? "web",
            Knowledge = knowledge,
            Extractor = ExtractionPipeline.CreateDefault(knowledge),
        };
    }

    private static async Task<RunningWorkbench> StartAsync(WorkbenchOptions options)
    {
        try
        {
            return await WorkbenchServer.StartAsync(options);
        }
        catch (IOException e)
        {
            // Kestrel reports a port in use as an IOException (AddressInUseException).
            throw new CliException($"cannot listen on {options.Host}:{options.Port}: {e.Message}");
        }
        catch (Storage.StoreException e)
        {
            throw new CliException(e.Message);
        }
    }
}

using Entente.Cli.Framework;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;
using Entente.Web.Hosting;
using Entente.Web.Security;

namespace Entente.Cli.Commands;

/// <summary>`entente serve`: the local web workbench on the same database as the CLI, until Ctrl+C.</summary>
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
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await RunAsync(args, context, stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Serves until <paramref name="stop"/> is cancelled; tests stop it this way.</summary>
    internal async Task<int> RunAsync(ParsedArgs args, CliContext context, CancellationToken stop)
    {
        var options = Parse(args, context);
        context.RequireDatabase(args);
        await using var running = await StartAsync(options);
        context.Out.WriteLine($"Entente workbench on {running.Url} (database {options.Database})");
        if (running.Token is not null && string.IsNullOrEmpty(options.Token))
            context.Out.WriteLine($"Listening beyond this machine: access token {running.Token} (send it as {AccessToken.HeaderName})");
        context.Out.WriteLine($"Open {running.BrowserUrl}");
        context.Out.WriteLine("Press Ctrl+C to stop.");
        context.Out.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: fall through to a clean shutdown.
        }
        context.Out.WriteLine("Stopped.");
        return 0;
    }

    internal static WorkbenchOptions Parse(ParsedArgs args, CliContext context)
    {
        var port = args.GetInt("port", 5170);
        if (port is < 1 or > 65535) throw new UsageException($"--port takes a port number 1–65535, not {port}");
        var host = args.Get("host") ?? "127.0.0.1";
        if (host.Length == 0) throw new UsageException("--host needs an address, such as 127.0.0.1 or 0.0.0.0");
        var knowledge = KnowledgeBase.Load();
        return new WorkbenchOptions
        {
            Database = context.DatabaseSpec(args),
            Host = host,
            Port = port,
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

using System.Text.Json.Serialization;
using Entente.Extraction.Sentences;
using Entente.Knowledge;
using Entente.Storage;
using Entente.Web.Api;
using Entente.Web.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace Entente.Web.Hosting;

/// <summary>Starts the workbench: Kestrel on the given address, the JSON API, the OpenAPI document and the embedded front end.</summary>
public static class WorkbenchServer
{
    public static async Task<RunningWorkbench> StartAsync(WorkbenchOptions options, CancellationToken ct = default)
    {
        var token = AccessToken.For(options.Host, options.Token);
        // Rows that do not decode are skipped and logged; the logger exists once the app is built, after the store.
        ILogger? storageLog = null;
        var store = await StoreOpener.OpenAsync(options.Database, row => storageLog?.LogWarning("{Row}", row.ToString()), ct);
        try
        {
            var app = Build(options with { Knowledge = options.Knowledge ?? KnowledgeBase.Load() }, store, token);
            storageLog = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Entente.Storage");
            await app.StartAsync(ct);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new RunningWorkbench(app, store, new Uri(address), token.Value);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>How long a stop waits for requests in flight before it closes their connections.</summary>
    public static readonly TimeSpan ShutdownDrain = TimeSpan.FromSeconds(3);

    private static WebApplication Build(WorkbenchOptions options, IEntenteStore store, AccessToken token)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WorkbenchServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(options.LogLevel);
        if (options.Logs is { } logs) builder.Logging.AddProvider(logs);
        else
        {
            // One line per entry on stderr, with the request id of the request it concerns; stdout stays the CLI's.
            builder.Logging.AddSimpleConsole(c =>
            {
                c.SingleLine = true;
                c.IncludeScopes = true;
                c.TimestampFormat = "yyyy-MM-ddTHH:mm:ssZ ";
                c.UseUtcTimestamp = true;
            });
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(c => c.LogToStandardErrorThreshold = LogLevel.Trace);
        }
        // Stopping drains requests in flight for a few seconds at most, so SIGTERM ends the process promptly.
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = ShutdownDrain);
        builder.WebHost.UseKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes + 64 * 1024;
        });
        builder.WebHost.UseUrls($"http://{ListenAddress.ForBinding(options.Host)}:{options.Port}");
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxUploadBytes + 16 * 1024);
        builder.Services.ConfigureHttpJsonOptions(j =>
        {
            // The same shape as EntenteJson: snake_case, kebab-case enums, nulls left out.
            var s = j.SerializerOptions;
            s.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            s.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            s.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
            // Metadata generated at compile time only, never reflection (WebJsonContext says why).
            s.TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(WebJsonContext.Default, Core.Serialization.EntenteJsonContext.Default);
        });
        builder.Services.AddWorkbenchErrors();
        builder.Services.AddOpenApi();
        builder.Services.AddUploadLimits(options);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(token);
        builder.Services.AddSingleton(new WorkbenchData(store, options.Knowledge!));
        builder.Services.AddSingleton(new TextContext(new SentenceSplitter(new Abbreviations())));

        var app = builder.Build();
        app.UseWorkbenchErrors();
        app.UseMiddleware<HostGuard>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<ApiGuard>();
        app.UseRateLimiter();
        app.UseMiddleware<EmbeddedAssets>();
        app.UseMiddleware<ResponseCache>();
        app.MapOpenApi();
        app.MapOverviewApi();
        app.MapGraphApi();
        app.MapNetworkApi();
        app.MapConflictsApi();
        app.MapProfileApi();
        app.MapClaimsApi();
        app.MapSourcesApi();
        app.MapReviewApi();
        app.MapUploadApi();
        app.MapUploadFormatsApi();
        app.MapJudgementApi();
        return app;
    }
}

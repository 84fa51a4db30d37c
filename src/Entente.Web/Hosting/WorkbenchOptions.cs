using Entente.Extraction.Pipeline;
using Entente.Knowledge;

namespace Entente.Web.Hosting;

/// <summary>What the workbench server needs to start: the database, where to listen, and its collaborators.</summary>
public sealed record WorkbenchOptions
{
    /// <summary>A store spec for <see cref="Storage.StoreOpener"/>: a SQLite path or a postgres:// URL.</summary>
    public required string Database { get; init; }

    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port (tests); the bound URL is on the running workbench.</summary>
    public int Port { get; init; } = 5170;

    /// <summary>The access token; generated when listening on a non-loopback address without one.</summary>
    public string? Token { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Reference entities for search, names and roll-up; the shipped knowledge base when null.</summary>
    public KnowledgeBase? Knowledge { get; init; }

    /// <summary>The extractor that turns uploaded documents into claims; uploads are refused without one.</summary>
    public IClaimExtractor? Extractor { get; init; }

    public long MaxUploadBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Uploads extracted at once; more wait in a short queue (<see cref="UploadLimits.QueueLimit"/>), then get 429.</summary>
    public int UploadConcurrency { get; init; } = 2;

    /// <summary>Uploads the server takes per minute, all clients together; more get 429.</summary>
    public int UploadsPerMinute { get; init; } = 30;

    /// <summary>How long extraction of one upload may run before the upload fails (422) and nothing is stored.</summary>
    public TimeSpan ExtractionBudget { get; init; } = Extraction.Pipeline.ExtractionBudget.DefaultTime;

    /// <summary>The least severe log entries written (default warnings: errors and 500s, not every request).</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Where logs go instead of stderr (tests read them here).</summary>
    public ILoggerProvider? Logs { get; init; }

    /// <summary>The name verdicts given through this workbench are recorded under.</summary>
    public string Analyst { get; init; } = "web";
}

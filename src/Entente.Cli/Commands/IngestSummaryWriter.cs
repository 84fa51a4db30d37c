using Entente.Cli.Framework;
using Entente.Extraction.Ingest;

namespace Entente.Cli.Commands;

/// <summary>Prints what one ingest run did: the text report (documents, claims by sphere, failures), or the JSON summary.</summary>
internal static class IngestSummaryWriter
{
    public static void Write(CliContext context, OutputFormat format, IngestSummary summary, int files, TimeSpan elapsed)
    {
        if (format == OutputFormat.Json)
        {
            ToJson(summary, files, elapsed).WriteJson(context.Out);
            return;
        }
        foreach (var line in summary.Lines()) context.Out.WriteLine(line);
        if (summary.Failed == 0) return;
        context.Out.WriteLine("failed:");
        foreach (var f in summary.Failures) context.Out.WriteLine($"  {f.Error}");
    }

    public static RunSummary ToJson(IngestSummary summary, int files, TimeSpan elapsed) => new("ingest")
    {
        Documents = new DocumentCounts(files, summary.Added, summary.Skipped, summary.Failed),
        Claims = new ClaimCounts(Added: summary.Claims)
        {
            BySphere = summary.ClaimsBySphere.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key.ToString().ToLowerInvariant(), kv => kv.Value),
        },
        Entities = new EntityCounts(summary.Entities),
        Errors = summary.Failures.Select(f => new RunError(f.Path, f.Line, Problem(f))).ToList(),
        ElapsedSeconds = RunSummary.Seconds(elapsed),
    };

    /// <summary>The failure without the "file:line: " it starts with, since the JSON gives those as fields.</summary>
    private static string Problem(IngestOutcome f)
    {
        var error = f.Error ?? "failed";
        var prefix = f.Path + (f.Line is { } line ? $":{line}" : "") + ": ";
        return error.StartsWith(prefix, StringComparison.Ordinal) ? error[prefix.Length..] : error;
    }
}

using Entente.Cli.Framework;
using Entente.Core.Entities;
using Entente.Interchange.Importing;

namespace Entente.Cli.Commands;

/// <summary>
/// Prints what an import did: per file a summary line, each bad row as file:line: reason and skips by reason; or, with
/// --format json, one summary of every file. The bad rows go to stderr in both, where a person reads them.
/// </summary>
internal static class ImportReportWriter
{
    public static void Write(CliContext context, string file, ImportReport r)
    {
        var b = r.Batch;
        var verb = r.Outcome switch
        {
            ImportOutcome.DryRun => "would import",
            ImportOutcome.Aborted => "stopped (strict); stored nothing from",
            ImportOutcome.Empty => "found nothing to import; stored nothing from",
            _ => "imported",
        };
        context.Out.WriteLine($"{verb} {file}");
        context.Out.WriteLine($"  source   {b.Source.Id} \"{b.Source.Title}\" ({(r.SourceIsNew ? "new" : "already stored")})");
        if (b.CitedSources.Count > 0) context.Out.WriteLine($"  cited    {b.CitedSources.Count} sources the file names for its claims");
        if (b.Source.Rating is { } rating)
            context.Out.WriteLine($"  rated    {rating.Reliability} by {rating.SetBy}{(rating.Reason is null ? "" : ": " + rating.Reason)}");
        if (r.Outcome is not (ImportOutcome.Aborted or ImportOutcome.Empty))
            context.Out.WriteLine($"  claims   {b.ClaimCount} read: {r.ClaimsNew} new, {r.ClaimsExisting} already stored");
        context.Out.WriteLine($"  entities {r.NewEntities.Count} new (marked for review)");
        foreach (var e in r.NewEntities.Take(20)) context.Out.WriteLine($"    {e.Id}  {e.Kind.ToId()}  {e.Name}");
        if (r.NewEntities.Count > 20) context.Out.WriteLine($"    … and {r.NewEntities.Count - 20} more");
        foreach (var (reason, count) in b.Skipped.OrderByDescending(s => s.Value))
            context.Out.WriteLine($"  skipped  {count} rows: {reason}");
        context.Out.WriteLine($"  errors   {b.Errors.Count}");
    }

    /// <summary>The skipped and bad rows, and why an empty file stored nothing: said on stderr (past any progress bar), whatever the format.</summary>
    public static void WriteProblems(ProgressMeter progress, string file, ImportReport r)
    {
        var b = r.Batch;
        // Every skipped row by line, as runs ("f.csv:3-17,20"), so a large file's skips stay one line each.
        foreach (var (reason, _) in b.Skipped.OrderByDescending(s => s.Value))
            progress.Say($"{Path.GetFileName(file)}:{LineRuns.Of(b.SkippedLines.GetValueOrDefault(reason) ?? [])}: skipped: {reason}");
        foreach (var e in b.Errors) progress.Say(e.ToString());
        if (r.Outcome == ImportOutcome.Empty)
            progress.Say($"entente import: {file}: no claim or entity could be read from it (is it a {b.Source.Title.Split(':')[0]} file?); nothing was stored (--allow-empty stores it anyway)");
    }

    /// <summary>
    /// One summary of every file: a file is added when its data set is new to the store and was stored, skipped when
    /// it was there already or the run was dry, failed when it stored nothing (strict stop, empty file).
    /// </summary>
    public static RunSummary ToJson(IReadOnlyList<(string File, ImportReport Report)> runs, bool dryRun, TimeSpan elapsed)
    {
        static bool Added(ImportReport r) => r.Outcome == ImportOutcome.Stored && r.SourceIsNew;
        // A dry run stores no entity: what it reports is what would be new.
        int Entities(ImportReport r) => dryRun ? r.NewEntities.Count : r.EntitiesStored;
        return new RunSummary("import")
        {
            Documents = new DocumentCounts(runs.Count, runs.Count(x => Added(x.Report)), runs.Count(x => !Added(x.Report) && !x.Report.Failed), runs.Count(x => x.Report.Failed)),
            Claims = new ClaimCounts(Read: runs.Sum(x => (long)x.Report.Batch.ClaimCount), Added: runs.Sum(x => (long)x.Report.ClaimsNew)),
            Entities = new EntityCounts(runs.Sum(x => Entities(x.Report))),
            Errors = runs.SelectMany(x => x.Report.Batch.Errors.Select(e => new RunError(x.File, e.Line > 0 ? e.Line : null, e.Reason))).ToList(),
            DryRun = dryRun,
            Files = runs.Select(x => new FileSummary(x.File, x.Report.Outcome.ToString().ToLowerInvariant(), x.Report.Batch.Source.Id,
                x.Report.Batch.ClaimCount, x.Report.ClaimsNew, Entities(x.Report), x.Report.Skipped, x.Report.Batch.Errors.Count)).ToList(),
            ElapsedSeconds = RunSummary.Seconds(elapsed),
        };
    }
}

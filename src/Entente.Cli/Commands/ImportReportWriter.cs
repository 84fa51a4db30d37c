using Entente.Cli.Framework;
using Entente.Core.Entities;
using Entente.Interchange.Importing;

namespace Entente.Cli.Commands;

/// <summary>Prints what one import did: a summary line, each bad row as file:line: reason, and skips by reason.</summary>
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
        {
            context.Out.WriteLine($"  skipped  {count} rows: {reason}");
            var lines = b.SkippedLines.GetValueOrDefault(reason) ?? [];
            // Every skipped row by line, as runs ("f.csv:3-17,20"), so a large file's skips stay one line each.
            context.Err.WriteLine($"{Path.GetFileName(file)}:{LineRuns.Of(lines)}: skipped: {reason}");
        }
        context.Out.WriteLine($"  errors   {b.Errors.Count}");
        foreach (var e in b.Errors) context.Err.WriteLine(e.ToString());
        if (r.Outcome == ImportOutcome.Empty)
            context.Err.WriteLine($"entente import: {file}: no claim or entity could be read from it (is it a {b.Source.Title.Split(':')[0]} file?); nothing was stored (--allow-empty stores it anyway)");
    }
}

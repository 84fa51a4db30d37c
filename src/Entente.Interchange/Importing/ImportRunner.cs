using Entente.Core.Sources;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Interchange.Importing;

/// <summary>
/// One import of one file into a store. Strict runs stop at the first bad row and store nothing; the
/// default skips bad rows, reports each, and stores the rest in a single transaction, streamed
/// (<see cref="IEntenteStore.AddDocumentStreamAsync"/>). Dry runs compare with the store and write nothing.
/// A file that yields no claim and no entity (truncated, foreign, the wrong format) stores nothing either, not even
/// its source: an empty data set in the store would look like a successful import. <see cref="ImportOptions.AllowEmpty"/>
/// stores it anyway.
/// </summary>
/// <param name="progress">Told of each row checked and claim stored, for a command that shows progress; null for none.</param>
public sealed class ImportRunner(KnowledgeBase kb, IEntenteStore store, IImportProgress? progress = null)
{
    public async Task<ImportReport> RunAsync(ImportFormat format, string path, ImportOptions options, CancellationToken ct = default)
    {
        // A first pass checks and counts; the claims are read again as a stream when stored, so memory stays flat.
        var collector = new ImportCollector(kb);
        progress?.Stage(ImportStage.Checking, null);
        var batch = await collector.CollectAsync(format, path, options.Strict, ct, keepClaims: false, progress);
        var stored = await store.GetSourceAsync(batch.Source.Id, ct);
        var sourceIsNew = stored is null;
        var rating = RatingOf(format, batch.Source.Id, options);
        batch = batch with { Source = batch.Source with { Published = options.Released, Reliability = rating.Reliability, Rating = rating } };
        var newEntities = new List<Core.Entities.Entity>();
        foreach (var e in batch.NewEntities)
            if (await store.GetEntityAsync(e.Id, ct) is null) newEntities.Add(e);
        var report = new ImportReport(batch, sourceIsNew, newEntities);
        if (batch.Aborted) return report with { Outcome = ImportOutcome.Aborted };
        if (batch.IsEmpty && !options.AllowEmpty) return report with { Outcome = ImportOutcome.Empty };
        if (options.DryRun)
        {
            var existing = 0;
            if (!sourceIsNew)
            {
                progress?.Stage(ImportStage.Comparing, batch.ClaimCount);
                await foreach (var c in Counted(collector.ClaimsAsync(format, path, batch.Source, ct)))
                    if (await store.GetClaimAsync(c.Id, ct) is not null) existing++;
            }
            return report with { ClaimsNew = batch.ClaimCount - existing, Outcome = ImportOutcome.DryRun };
        }
        // Claims reference their source, so the sources the file cites are stored first. Were the claims then to fail,
        // the cited sources stay without claims, and importing the file again adds them.
        if (sourceIsNew && batch.CitedSources.Count > 0)
            await store.AddDocumentsAsync(batch.CitedSources.Select(s => (s, (IReadOnlyList<Core.Claims.Claim>)[])), ct);
        // A data set imported again keeps its rating unless the analyst gives a different one now.
        if (stored is not null && options.Reliability is not null && stored.Reliability != rating.Reliability) await store.AddRatingAsync(rating, ct);
        progress?.Stage(ImportStage.Storing, batch.ClaimCount);
        var written = await store.AddDocumentStreamAsync(batch.Source, Counted(collector.ClaimsAsync(format, path, batch.Source, ct)), newEntities, ct);
        return report with { ClaimsNew = written.ClaimsAdded, EntitiesStored = written.EntitiesAdded, Outcome = ImportOutcome.Stored };
    }

    /// <summary>The claims of a pass, each told to the progress as it goes by.</summary>
    private async IAsyncEnumerable<Core.Claims.Claim> Counted(IAsyncEnumerable<Core.Claims.Claim> claims)
    {
        await foreach (var c in claims)
        {
            progress?.Advance();
            yield return c;
        }
    }

    /// <summary>The analyst's rating when given, else the format's own, with who gave it and why.</summary>
    private static SourceRating RatingOf(ImportFormat format, string sourceId, ImportOptions options) =>
        options.Reliability is { } r
            ? SourceRating.Create(RatingScope.Source, sourceId, r, options.Analyst, options.At, options.Reason)
            : SourceRating.Create(RatingScope.Source, sourceId, format.Reliability, $"entente import {format.Name}", options.At, format.RatingReason);
}

/// <param name="At">The moment of the import, when its rating was given.</param>
/// <param name="Released">The data set's release date, stored as the source's publication date.</param>
/// <param name="Reliability">The analyst's rating of the data set; null for the format's own.</param>
public sealed record ImportOptions(bool DryRun = false, bool Strict = false, bool AllowEmpty = false)
{
    public DateTimeOffset At { get; init; }
    public DateOnly? Released { get; init; }
    public Reliability? Reliability { get; init; }
    public string Analyst { get; init; } = "analyst";
    public string? Reason { get; init; }
}

public enum ImportOutcome { Stored, DryRun, Aborted, Empty }

/// <summary>What an import did or, in a dry run, would do.</summary>
public sealed record ImportReport(ImportBatch Batch, bool SourceIsNew, IReadOnlyList<Core.Entities.Entity> NewEntities)
{
    public ImportOutcome Outcome { get; init; }
    public int ClaimsNew { get; init; }
    public int ClaimsExisting => Batch.ClaimCount - ClaimsNew;
    public int EntitiesStored { get; init; }
    public int Skipped => Batch.Skipped.Values.Sum();

    /// <summary>The outcomes that store nothing for a reason the user must see: the command exits 1.</summary>
    public bool Failed => Outcome is ImportOutcome.Aborted or ImportOutcome.Empty;
}

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
public sealed class ImportRunner(KnowledgeBase kb, IEntenteStore store)
{
    public async Task<ImportReport> RunAsync(ImportFormat format, string path, ImportOptions options, CancellationToken ct = default)
    {
        // A first pass checks and counts; the claims are read again as a stream when stored, so memory stays flat.
        var collector = new ImportCollector(kb);
        var batch = await collector.CollectAsync(format, path, options.Strict, ct, keepClaims: false);
        var sourceIsNew = await store.GetSourceAsync(batch.Source.Id, ct) is null;
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
                await foreach (var c in collector.ClaimsAsync(format, path, batch.Source, ct))
                    if (await store.GetClaimAsync(c.Id, ct) is not null) existing++;
            return report with { ClaimsNew = batch.ClaimCount - existing, Outcome = ImportOutcome.DryRun };
        }
        var written = await store.AddDocumentStreamAsync(batch.Source, collector.ClaimsAsync(format, path, batch.Source, ct), newEntities, ct);
        return report with { ClaimsNew = written.ClaimsAdded, EntitiesStored = written.EntitiesAdded, Outcome = ImportOutcome.Stored };
    }
}

public sealed record ImportOptions(bool DryRun = false, bool Strict = false, bool AllowEmpty = false);

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

using Entente.Interchange.Importing;
using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Importing;

/// <summary>Bad input through the runner into a real SQLite store: strict stores nothing, the default stores the good rows.</summary>
public sealed class ImportRunnerTests
{
    public static TheoryData<string> Kinds => new(BadFiles.Kinds);

    private static async Task<(ImportReport Report, long Claims, bool SourceStored)> RunAsync(BadFiles.Case bad, string db, ImportOptions options)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreOpener.OpenAsync(db, ct);
        var report = await new ImportRunner(Collect.Kb, store).RunAsync(ImportFormats.Find(bad.Format)!, bad.Path, options, ct);
        return (report, await store.CountClaimsAsync(ClaimQuery.All, ct), await store.GetSourceAsync(report.Batch.Source.Id, ct) is not null);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_strict_import_of_a_bad_file_stops_at_its_first_error_and_stores_nothing(string kind)
    {
        using var dir = new TempDir();
        var bad = await BadFiles.WriteAsync(kind, dir);

        var (report, claims, sourceStored) = await RunAsync(bad, dir.File("e.db"), new ImportOptions(Strict: true));

        Assert.Equal(ImportOutcome.Aborted, report.Outcome);
        Assert.StartsWith(bad.ErrorStart, Assert.Single(report.Batch.Errors).ToString());
        Assert.Equal(0, claims);
        Assert.False(sourceStored);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_default_import_of_a_bad_file_reports_the_bad_row_and_stores_the_rest_under_one_source(string kind)
    {
        using var dir = new TempDir();
        var bad = await BadFiles.WriteAsync(kind, dir);

        var (report, claims, sourceStored) = await RunAsync(bad, dir.File("e.db"), new ImportOptions());

        Assert.Equal(ImportOutcome.Stored, report.Outcome);
        Assert.StartsWith(bad.ErrorStart, Assert.Single(report.Batch.Errors).ToString());
        Assert.True(report.Batch.ClaimCount > 0);
        Assert.Equal(report.Batch.ClaimCount, claims);
        Assert.Equal(report.Batch.ClaimCount, report.ClaimsNew);
        Assert.True(sourceStored);
        // The runner streams the claims into the store instead of holding them: the batch keeps only their count.
        Assert.Empty(report.Batch.Claims);
        await using var store = await StoreOpener.OpenAsync(dir.File("e.db"), TestContext.Current.CancellationToken);
        var bySource = await store.CountClaimsAsync(ClaimQuery.All with { Sources = [report.Batch.Source.Id] }, TestContext.Current.CancellationToken);
        Assert.Equal(claims, bySource);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_dry_run_of_a_bad_file_reports_its_error_and_what_would_be_stored_and_writes_nothing(string kind)
    {
        using var dir = new TempDir();
        var bad = await BadFiles.WriteAsync(kind, dir);

        var (report, claims, sourceStored) = await RunAsync(bad, dir.File("e.db"), new ImportOptions(DryRun: true));

        Assert.Equal(ImportOutcome.DryRun, report.Outcome);
        Assert.StartsWith(bad.ErrorStart, Assert.Single(report.Batch.Errors).ToString());
        Assert.Equal(report.Batch.ClaimCount, report.ClaimsNew);
        Assert.True(report.ClaimsNew > 0);
        Assert.Equal(0, claims);
        Assert.False(sourceStored);
    }

    [Fact]
    public async Task A_dry_run_after_an_import_reports_every_claim_as_already_stored()
    {
        using var dir = new TempDir();
        var bad = await BadFiles.WriteAsync("columns", dir);
        var stored = await RunAsync(bad, dir.File("e.db"), new ImportOptions());

        var (again, claims, _) = await RunAsync(bad, dir.File("e.db"), new ImportOptions(DryRun: true));

        Assert.False(again.SourceIsNew);
        Assert.Equal(0, again.ClaimsNew);
        Assert.Equal(stored.Claims, again.ClaimsExisting);
        Assert.Empty(again.NewEntities);
        Assert.Equal(stored.Claims, claims);
    }
}

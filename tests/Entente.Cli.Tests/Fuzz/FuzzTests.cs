using Entente.Core.Claims;
using Entente.Extraction.Readers;
using Entente.Interchange.Importing;
using Entente.Knowledge;
using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Cli.Tests.Fuzz;

/// <summary>
/// Generated malformed files through every reader (text, Markdown, HTML, PDF) and importer (SIPRI, GDELT, ACLED, ATOP,
/// COW, STIX, FtM, claims CSV), the importers into a real SQLite file. For every case: no exception but the reader's own
/// refusal, every error names its file, and a store holds either all of an import or none of it. The count is
/// <see cref="DefaultCases"/> (about half a minute) unless ENTENTE_FUZZ_CASES asks for more; the seed is fixed, so a
/// failure names a case that can be run again, and ENTENTE_FUZZ_SEED tries other cases.
/// </summary>
public sealed class FuzzTests
{
    public const int DefaultCases = 2000;

    [Fact]
    public async Task Malformed_inputs_never_crash_a_reader_or_importer_never_half_write_and_every_error_names_its_file()
    {
        var ct = TestContext.Current.CancellationToken;
        var cases = int.TryParse(Environment.GetEnvironmentVariable("ENTENTE_FUZZ_CASES"), out var n) && n > 0 ? n : DefaultCases;
        var seedValue = int.TryParse(Environment.GetEnvironmentVariable("ENTENTE_FUZZ_SEED"), out var s) ? s : 14;
        var seeds = FuzzSeeds.Load();
        using var dir = new TempDir();
        var kb = KnowledgeBase.Load();
        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>();
        await using (var store = await StoreOpener.OpenAsync(dir.File("fuzz.db"), ct))
        {
            var rng = new Random(seedValue);
            for (var i = 0; i < cases; i++)
            {
                var seed = seeds[i % seeds.Count];
                var bytes = Mutator.Mutate(seed.Bytes, rng);
                var name = $"case{i:D5}-{seed.Target}{seed.Extension}";
                var path = dir.File(name);
                await File.WriteAllBytesAsync(path, bytes, ct);
                var outcome = seed.IsImport ? await ImportAsync(kb, store, seed.Target, path, name, failures, ct) : Read(path, name, failures);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                File.Delete(path);
            }
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{cases} cases (seed {seedValue}): " + string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases failed (seed {seedValue}):\n" + string.Join("\n", failures.Take(20)));
    }

    private static string Read(string path, string name, List<string> failures)
    {
        try
        {
            new DocumentReader().Read(path);
            return "read";
        }
        catch (DocumentReadException e)
        {
            if (!e.Message.Contains(name, StringComparison.Ordinal)) failures.Add($"{name}: refusal does not name the file: {e.Message}");
            return "refused";
        }
        catch (Exception e)
        {
            failures.Add($"{name}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            return "crashed";
        }
    }

    private static async Task<string> ImportAsync(KnowledgeBase kb, IEntenteStore store, string format, string path, string name, List<string> failures, CancellationToken ct)
    {
        var sourcesBefore = (await store.ListSourcesAsync(false, ct)).Count;
        var claimsBefore = await store.CountClaimsAsync(ClaimQuery.All, ct);
        ImportReport report;
        try
        {
            report = await new ImportRunner(kb, store).RunAsync(ImportFormats.Find(format)!, path, new ImportOptions(), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failures.Add($"{name}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            return "crashed";
        }
        foreach (var error in report.Batch.Errors)
            if (!error.ToString().StartsWith(name + ":", StringComparison.Ordinal)) failures.Add($"{name}: error does not name the file: {error}");
        var sourcesAfter = (await store.ListSourcesAsync(false, ct)).Count;
        var claimsAfter = await store.CountClaimsAsync(ClaimQuery.All, ct);
        var stored = report.Outcome == ImportOutcome.Stored && report.SourceIsNew;
        // All or nothing: a new source with exactly the claims the report counts, or no change at all.
        if (sourcesAfter - sourcesBefore != (stored ? 1 : 0) || claimsAfter - claimsBefore != (stored ? report.ClaimsNew : 0))
            failures.Add($"{name}: {report.Outcome} changed sources by {sourcesAfter - sourcesBefore} and claims by {claimsAfter - claimsBefore}, reported {report.ClaimsNew} new");
        if (report.Outcome == ImportOutcome.Stored && report.Batch.IsEmpty)
            failures.Add($"{name}: stored a file that yielded nothing");
        return report.Outcome.ToString().ToLowerInvariant();
    }
}

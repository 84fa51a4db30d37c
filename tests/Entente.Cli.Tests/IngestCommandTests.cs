using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

public sealed class IngestCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Corpus => Path.Combine(SharedData.RepoRoot, "samples", "corpus");

    [Fact]
    public async Task Ingesting_the_sample_corpus_stores_every_report_and_a_healthy_number_of_claims()
    {
        using var dir = new TempDir();
        var db = dir.File("entente.db");
        var run = await CliHarness.RunAsync("ingest", Corpus, "--db", db);
        Assert.True(run.ExitCode == 0, run.Err + run.Out);
        Assert.Contains("16 added, 0 skipped (already ingested), 0 failed", run.Out);
        await using var store = await StoreOpener.OpenAsync(db, Ct);
        var sources = await store.ListSourcesAsync(ct: Ct);
        Assert.True(sources.Count >= 15);
        Assert.All(sources, s => Assert.Equal("Entente Sample Desk", s.Publisher, ignoreCase: true));
        var claims = await store.CountClaimsAsync(ClaimQuery.All, Ct);
        Assert.True(claims >= 3 * sources.Count, $"only {claims} claims from {sources.Count} sample reports");
        Assert.Contains($"claims: {claims} new", run.Out);
    }

    [Fact]
    public async Task A_company_the_knowledge_base_lacks_is_stored_as_a_provisional_entity_with_the_claims_that_name_it()
    {
        using var dir = new TempDir();
        var docs = Directory.CreateDirectory(dir.File("docs")).FullName;
        File.WriteAllText(Path.Combine(docs, "a.txt"), "The United States sanctioned Halvard Marine Trading Co. Ltd. in 2023.\n");
        File.WriteAllText(Path.Combine(docs, "b.txt"), "In 2024 the United States sanctioned Halvard Marine Trading again.\n");
        var db = dir.File("entente.db");

        var run = await CliHarness.RunAsync("ingest", docs, "--db", db);

        Assert.True(run.ExitCode == 0, run.Err + run.Out);
        await using var store = await StoreOpener.OpenAsync(db, Ct);
        var company = await store.GetEntityAsync("halvard-marine-trading", Ct);
        Assert.NotNull(company);
        Assert.True(company.NeedsReview);
        Assert.Equal(Core.Entities.EntityKind.Organization, company.Kind);
        Assert.Equal("Halvard Marine Trading Co. Ltd", company.Name);
        // Both reports name one entity: the id comes from the name without its legal form.
        Assert.Equal(2, await store.CountClaimsAsync(new ClaimQuery { Objects = ["halvard-marine-trading"], Relations = ["sanction"] }, Ct));
    }

    [Fact]
    public async Task A_second_ingest_of_the_same_files_adds_nothing()
    {
        using var dir = new TempDir();
        var db = dir.File("entente.db");
        Assert.Equal(0, (await CliHarness.RunAsync("ingest", Corpus, "--db", db)).ExitCode);
        long before;
        await using (var store = await StoreOpener.OpenAsync(db, Ct)) before = await store.CountClaimsAsync(ClaimQuery.All, Ct);

        var again = await CliHarness.RunAsync("ingest", Corpus, "--db", db);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 added, 16 skipped (already ingested), 0 failed", again.Out);
        Assert.Contains("claims: 0 new", again.Out);
        await using (var store = await StoreOpener.OpenAsync(db, Ct))
        {
            Assert.Equal(16, (await store.ListSourcesAsync(ct: Ct)).Count);
            Assert.Equal(before, await store.CountClaimsAsync(ClaimQuery.All, Ct));
        }
    }

    [Fact]
    public async Task A_bad_file_among_good_ones_is_reported_and_the_good_ones_are_stored()
    {
        using var dir = new TempDir();
        var docs = Directory.CreateDirectory(dir.File("docs")).FullName;
        File.WriteAllText(Path.Combine(docs, "a-good.md"), "---\ntitle: Drones\npublished: 2022-10-20\n---\nIran supplied Russia with Shahed drones in 2022.\n");
        File.WriteAllBytes(Path.Combine(docs, "b-bad.txt"), [.. "first line\n"u8, 0xFF, 0xFE, .. " broken\n"u8]);
        File.WriteAllText(Path.Combine(docs, "c-good.txt"), "North Korea sent artillery shells to Russia in 2023.\n");
        File.WriteAllText(Path.Combine(docs, "d-empty.html"), "");
        var db = dir.File("entente.db");

        var run = await CliHarness.RunAsync("ingest", docs, "--db", db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2 added, 0 skipped (already ingested), 2 failed", run.Out);
        Assert.Contains(Path.Combine(docs, "b-bad.txt") + ":2: is not valid UTF-8 (byte 0xFF at offset 11)", run.Err);
        Assert.Contains(Path.Combine(docs, "d-empty.html") + ": is empty", run.Out);
        Assert.Contains("entente ingest: " + Path.Combine(docs, "d-empty.html") + ": is empty", run.Err);
        await using var store = await StoreOpener.OpenAsync(db, Ct);
        var titles = (await store.ListSourcesAsync(ct: Ct)).Select(s => s.Title).Order().ToList();
        Assert.Equal(["Drones", "c-good"], titles);
        Assert.True(await store.CountClaimsAsync(ClaimQuery.All, Ct) >= 2);
    }

    [Fact]
    public async Task The_size_limit_is_set_with_max_size_and_a_larger_file_fails_by_name()
    {
        using var dir = new TempDir();
        var big = dir.File("big.txt");
        File.WriteAllText(big, string.Concat(Enumerable.Repeat("Russia and Iran signed an agreement in 2025. ", 30_000)));
        var run = await CliHarness.RunAsync("ingest", big, "--db", dir.File("e.db"), "--max-size", "1");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(big + ": is 1.3 MB, over the 1 MB limit", run.Err);
    }

    [Fact]
    public async Task Naming_nothing_readable_is_an_error_and_naming_nothing_is_a_usage_error()
    {
        using var dir = new TempDir();
        Assert.Equal(2, (await CliHarness.RunAsync("ingest", "--db", dir.File("e.db"))).ExitCode);
        var empty = await CliHarness.RunAsync("ingest", dir.Path, "--db", dir.File("e.db"));
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("no readable files", empty.Err);
    }
}

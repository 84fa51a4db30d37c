using System.Globalization;
using System.Text.Json;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>
/// Issue 15: what we export comes back. A STIX bundle re-imported into a fresh store gives the same relations with
/// the same sources and independent-source counts (each report is its claims' source again); our FtM export
/// re-imports with no row skipped. Through the CLI, on real SQLite files, from the sample corpus plus four reports
/// in which one relation is told by two publishers, once more by the first, and once in a reprint.
/// </summary>
public sealed class RoundTripTests
{
    private static string Corpus => Path.Combine(SharedData.RepoRoot, "samples", "corpus");

    private static readonly (string File, string Publisher, string Text)[] Reports =
    [
        ("a.md", "Alpha Wire", "Russia delivered S-300 air defence systems to Iran in 2016."),
        ("b.md", "Beta Daily", "In 2016 Moscow supplied Tehran with S-300 missile batteries, officials said."),
        ("c.md", "Alpha Wire", "Russia sold Iran four S-300 batteries, which arrived in 2016."),
        ("d.md", "Gamma Post", "Russia delivered S-300 air defence systems to Iran in 2016."),
    ];

    private static async Task<string> StoreAsync(TempDir dir)
    {
        var docs = Directory.CreateDirectory(dir.File("docs")).FullName;
        foreach (var f in Directory.GetFiles(Corpus)) File.Copy(f, Path.Combine(docs, Path.GetFileName(f)));
        var day = 2;
        foreach (var (file, publisher, text) in Reports)
            await File.WriteAllTextAsync(Path.Combine(docs, file),
                $"---\ntitle: {file}\npublisher: {publisher}\npublished: 2016-11-0{day++}\n---\n{text}\n", TestContext.Current.CancellationToken);
        var db = dir.File("original.db");
        var ingest = await CliHarness.RunAsync("ingest", docs, "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.Err);
        return db;
    }

    // Every field of a relation that counts claims, sources or corroboration, or rates them.
    private static async Task<List<string>> RelationsAsync(string db)
    {
        var run = await CliHarness.RunAsync("relations", "--db", db, "--format", "json", "--limit", "100000");
        Assert.True(run.ExitCode == 0, run.Err);
        return JsonDocument.Parse(run.Out).RootElement.EnumerateArray().Select(r => string.Join(" ",
            new[] { "key", "claims", "sources", "independent_sources", "denials", "strongest_certainty", "admiralty", "confidence", "first", "last" }
                .Select(p => r.TryGetProperty(p, out var v) ? v.ToString() : "-"))).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task A_STIX_bundle_we_exported_imports_into_a_fresh_store_with_the_same_relations_and_corroboration()
    {
        using var dir = new TempDir();
        var original = await StoreAsync(dir);
        var bundle = dir.File("bundle.json");
        Assert.Equal(0, (await CliHarness.RunAsync("export", "stix", "--db", original, "--out", bundle)).ExitCode);

        var fresh = dir.File("fresh.db");
        var import = await CliHarness.RunAsync("import", "stix", bundle, "--db", fresh);
        Assert.True(import.ExitCode == 0, import.Err);
        Assert.Contains("errors   0", import.Out);

        var before = await RelationsAsync(original);
        // The premise: Russia arming Iran has several sources, of which some are not independent of each other.
        var arms = before.Single(r => r.StartsWith("rus|arms-transfer|irn ", StringComparison.Ordinal)).Split(' ');
        var (sourceCount, independent) = (int.Parse(arms[2], CultureInfo.InvariantCulture), int.Parse(arms[3], CultureInfo.InvariantCulture));
        Assert.True(independent >= 2 && independent < sourceCount, $"{independent} independent of {sourceCount} sources");
        Assert.Equal(before, await RelationsAsync(fresh));
        // The reports' sources come back by id, with their publishers, so corroboration can be recounted at all.
        var sources = await CliHarness.RunAsync("sources", "list", "--db", fresh, "--format", "json");
        var publishers = JsonDocument.Parse(sources.Out).RootElement.EnumerateArray()
            .Select(s => s.TryGetProperty("publisher", out var p) ? p.GetString() : null).ToList();
        Assert.Equal(2, publishers.Count(p => p == "Alpha Wire"));
        Assert.Contains("Gamma Post", publishers);
    }

    [Fact]
    public async Task Our_FtM_export_imports_again_with_no_row_skipped_and_every_claim_back()
    {
        using var dir = new TempDir();
        var original = await StoreAsync(dir);
        var ftm = dir.File("entities.ftm.json");
        var export = await CliHarness.RunAsync("export", "ftm", "--db", original, "--out", ftm);
        Assert.Equal(0, export.ExitCode);
        var exported = int.Parse(System.Text.RegularExpressions.Regex.Match(export.Out, @"exported (\d+) claims").Groups[1].Value, CultureInfo.InvariantCulture);

        var fresh = dir.File("fresh.db");
        var import = await CliHarness.RunAsync("import", "ftm", ftm, "--db", fresh);

        Assert.True(import.ExitCode == 0, import.Err);
        Assert.DoesNotContain("skipped", import.Out);
        Assert.Contains("errors   0", import.Out);
        Assert.Contains($"claims   {exported} read: {exported} new", import.Out);
        // One file is one source, so corroboration is not FtM's to keep; the relations and their claims are.
        static IEnumerable<string> Triples(IEnumerable<string> rows) => rows.Select(r => string.Join(' ', r.Split(' ').Take(2)) + " " + r.Split(' ')[4]);
        Assert.Equal(Triples(await RelationsAsync(original)), Triples(await RelationsAsync(fresh)));
    }
}

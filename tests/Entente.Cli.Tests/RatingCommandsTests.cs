using System.Text.Json;
using Entente.Core.Sources;
using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>Source ratings from every way in: ingest, front matter, a meta tag, sources add, the publisher table and imports.</summary>
public sealed class RatingCommandsTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly TempDir _dir = new();
    private string Db => _dir.File("r.db");

    public void Dispose() => _dir.Dispose();

    private static string Sample(string name) => Path.Combine(SharedData.RepoRoot, "samples", "corpus", name);

    private string Write(string name, string text)
    {
        var path = _dir.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<List<JsonElement>> RelationsAsync(params string[] extra)
    {
        var run = await CliHarness.RunAsync(["relations", .. extra, "--db", Db, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.Err);
        return [.. JsonDocument.Parse(run.Out).RootElement.EnumerateArray()];
    }

    private async Task<Source> OnlySourceAsync()
    {
        await using var store = await StoreOpener.OpenAsync(Db, Ct);
        return Assert.Single(await store.ListSourcesAsync(ct: Ct));
    }

    [Fact]
    public async Task Ingest_with_a_reliability_makes_the_seed_articles_relations_read_it()
    {
        var seed = SharedData.Require("eval/seed/article.txt");
        var run = await CliHarness.RunAsync("ingest", seed, Path.Combine(SharedData.RepoRoot, "samples", "corpus"), "--reliability", "B", "--as", "alice", "--db", Db, "--quiet");
        Assert.True(run.ExitCode == 0, run.Err);

        var relations = await RelationsAsync("Russia");
        var russiaIran = relations.Where(r => new[] { r.GetProperty("subject").GetProperty("id").GetString(), r.GetProperty("object").GetProperty("id").GetString() }.Order().SequenceEqual(["irn", "rus"])).ToList();
        Assert.NotEmpty(russiaIran);
        Assert.All(russiaIran, r => Assert.StartsWith("B", r.GetProperty("admiralty").GetString()));
        Assert.Contains(russiaIran, r => r.GetProperty("admiralty").GetString() is "B1" or "B2");
        await using var store = await StoreOpener.OpenAsync(Db, Ct);
        Assert.All(await store.ListSourcesAsync(ct: Ct), s => Assert.Equal((Reliability.B, "alice"), (s.Reliability, s.Rating!.SetBy)));
    }

    [Fact]
    public async Task A_source_added_with_a_rating_is_extracted_by_ingest_and_keeps_the_rating()
    {
        var file = Sample("07-iran-houthis.md");
        Assert.Equal(0, (await CliHarness.RunAsync("sources", "add", file, "--reliability", "B", "--as", "alice", "--db", Db)).ExitCode);

        var ingest = await CliHarness.RunAsync("ingest", file, "--db", Db);

        Assert.True(ingest.ExitCode == 0, ingest.Err);
        Assert.DoesNotMatch(@"\b0 new", ingest.Out); // a word boundary: "10 new" is new claims
        var source = await OnlySourceAsync();
        Assert.Equal((Reliability.B, "alice"), (source.Reliability, source.Rating!.SetBy));
        Assert.All(await RelationsAsync(), r => Assert.StartsWith("B", r.GetProperty("admiralty").GetString()));
        // A second ingest finds the claims there and skips the file.
        Assert.Contains("0 added, 1 skipped", (await CliHarness.RunAsync("ingest", file, "--db", Db)).Out);
    }

    [Fact]
    public async Task Front_matter_and_a_meta_tag_rate_the_document_they_are_in()
    {
        var md = Write("fm.md", "---\ntitle: Shells\nreliability: c\n---\nNorth Korea shipped artillery shells to Russia in 2023.\n");
        var html = Write("m.html", "<html><head><meta name=\"reliability\" content=\"D\"><title>Drones</title></head><body><p>Iran supplied drones to Russia in 2022.</p></body></html>");

        Assert.Equal(0, (await CliHarness.RunAsync("ingest", md, html, "--db", Db)).ExitCode);

        await using var store = await StoreOpener.OpenAsync(Db, Ct);
        var sources = (await store.ListSourcesAsync(ct: Ct)).ToDictionary(s => s.Title);
        Assert.Equal((Reliability.C, "front matter"), (sources["Shells"].Reliability, sources["Shells"].Rating!.SetBy));
        Assert.Equal((Reliability.D, "meta tag"), (sources["Drones"].Reliability, sources["Drones"].Rating!.SetBy));
    }

    [Fact]
    public async Task A_publisher_rating_changes_stored_relations_at_once_and_the_example_table_loads()
    {
        Assert.Equal(0, (await CliHarness.RunAsync("ingest", Sample("07-iran-houthis.md"), "--db", Db)).ExitCode);
        Assert.All(await RelationsAsync(), r => Assert.StartsWith("F", r.GetProperty("admiralty").GetString()));

        var set = await CliHarness.RunAsync("publishers", "set", "Entente Sample Desk", "a", "--reason", "written for the tests", "--as", "alice", "--db", Db);

        Assert.True(set.ExitCode == 0, set.Err);
        Assert.Contains("1 stored source(s) now read A", set.Out);
        Assert.All(await RelationsAsync(), r => Assert.StartsWith("A", r.GetProperty("admiralty").GetString()));
        var example = Path.Combine(SharedData.RepoRoot, "samples", "publishers.txt");
        var load = await CliHarness.RunAsync("publishers", "load", example, "--db", Db);
        Assert.True(load.ExitCode == 0, load.Err);
        Assert.Contains(" 0 unchanged", load.Out);
        Assert.Contains("unchanged", (await CliHarness.RunAsync("publishers", "load", example, "--db", Db)).Out.Replace(" 0 unchanged", ""));
        var list = (await CliHarness.RunAsync("publishers", "list", "--db", Db, "--format", "csv")).Out;
        Assert.Contains("entente sample desk,A,alice,", list);
        Assert.Contains("reuters.com,B,", list);
        Assert.Contains("presstv.ir,E,", list);
    }

    [Fact]
    public async Task An_import_records_the_data_set_as_publisher_with_its_own_rating_and_release_date()
    {
        var file = SharedData.Require("data/sipri/trade-register_2026-05-18_subset_Iran-Russia-axis.csv");

        var run = await CliHarness.RunAsync("import", "sipri", file, "--released", "2026-05-18", "--db", Db);

        Assert.True(run.ExitCode == 0, run.Err);
        var source = await OnlySourceAsync();
        Assert.Equal(("SIPRI", new DateOnly(2026, 5, 18), Reliability.B, "entente import sipri"),
            (source.Publisher, source.Published, source.Reliability, source.Rating!.SetBy));
        Assert.NotNull(source.Rating.Reason);
    }

    [Theory]
    [InlineData("ingest", "FILE", "--reliability", "G")]
    [InlineData("ingest", "FILE", "--reliability", "AB")]
    [InlineData("sources", "add", "FILE", "--reliability", "0")]
    [InlineData("sources", "rate", "SOURCE", "Z")]
    [InlineData("sources", "rate", "src-no-such-source", "B")]
    [InlineData("publishers", "set", "reuters.com", "G")]
    [InlineData("publishers", "load", "BADFILE")]
    public async Task A_rating_outside_A_to_F_or_for_nothing_is_one_line_exit_1_and_changes_nothing(params string[] args)
    {
        var file = Sample("07-iran-houthis.md");
        Assert.Equal(0, (await CliHarness.RunAsync("sources", "add", Sample("06-iran-hezbollah.md"), "--db", Db)).ExitCode);
        var before = await SnapshotAsync();
        var bad = Write("bad.txt", "# two good lines, then a bad one\nreuters.com | B | wire\napnews.com | b\ntass.com | H | state media\n");
        var sourceId = before.Sources.Single().Id;

        var run = await CliHarness.RunAsync([.. args.Select(a => a switch { "FILE" => file, "SOURCE" => sourceId, "BADFILE" => bad, _ => a }), "--db", Db, "--as", "alice"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches("not a source reliability|no source 'src-no-such-source'", run.Err);
        if (args.Contains("BADFILE")) Assert.Contains("bad.txt:4:", run.Err);
        var after = await SnapshotAsync();
        Assert.Equal(before.Sources.Select(s => s.Id), after.Sources.Select(s => s.Id));
        Assert.Equal(before.Ratings, after.Ratings);
        Assert.Equal(0, after.Claims);
    }

    private async Task<(IReadOnlyList<Source> Sources, int Ratings, long Claims)> SnapshotAsync()
    {
        await using var store = await StoreOpener.OpenAsync(Db, Ct);
        return (await store.ListSourcesAsync(ct: Ct), (await store.ListRatingsAsync(Ct)).Count, await store.CountClaimsAsync(ClaimQuery.All, Ct));
    }
}

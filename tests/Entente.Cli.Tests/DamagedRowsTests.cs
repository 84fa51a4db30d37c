using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Hashing;
using Entente.Core.Sources;
using Entente.Core.Time;
using Entente.Knowledge;
using Entente.Storage;
using Entente.TestSupport;
using Microsoft.Data.Sqlite;

namespace Entente.Cli.Tests;

/// <summary>
/// A database with one damaged claim row and one damaged entity row (JSON cut short, as a bad disk or a hand
/// edit leaves it): every read command still answers from the good rows, names the bad ones on stderr and exits 0.
/// </summary>
public sealed class DamagedRowsTests : IDisposable
{
    private const string Text = "Russia and Iran signed a defence pact in 2024. Iran delivered drones to Russia in 2022. Iran sent advisers to Russia in 2023.";
    private readonly TempDir _dir = new();
    private string Db => _dir.File("damaged.db");

    public void Dispose() => _dir.Dispose();

    /// <summary>Three claims between Russia and Iran and a user entity; then the first claim's and the entity's JSON are cut.</summary>
    private async Task<string> SeedAndDamageAsync()
    {
        var kb = KnowledgeBase.Load();
        var russia = EntityRef.Of(kb.Resolve("Russia")!);
        var iran = EntityRef.Of(kb.Resolve("Iran")!);
        var source = new Source { Id = ContentHash.Of(Text), Title = "three claims", ContentHash = ContentHash.Of(Text), Text = Text };
        Claim Make(EntityRef s, string relation, EntityRef o, int year, string evidence) => new Claim
        {
            Id = "",
            SourceId = source.Id,
            Subject = s,
            Relation = relation,
            Object = o,
            Time = ClaimTime.Years(year, year, TimePrecision.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Evidence = new EvidenceSpan(source.Id, Text.IndexOf(evidence, StringComparison.Ordinal), Text.IndexOf(evidence, StringComparison.Ordinal) + evidence.Length, evidence),
            Producer = Producer.Analyst("test"),
        }.WithId();
        var claims = new[]
        {
            Make(russia, "agreement", iran, 2024, "Russia and Iran signed a defence pact"),
            Make(iran, "arms-transfer", russia, 2022, "Iran delivered drones to Russia"),
            Make(iran, "personnel-deployment", russia, 2023, "Iran sent advisers to Russia"),
        };
        await using (var store = await StoreOpener.OpenAsync(Db, TestContext.Current.CancellationToken))
        {
            await store.AddDocumentAsync(source, claims, ct: TestContext.Current.CancellationToken);
            await store.UpsertEntitiesAsync([new Entity { Id = "unit-29155", Kind = EntityKind.StateOrgan, Name = "Unit 29155" }], TestContext.Current.CancellationToken);
        }
        var damaged = claims.Select(c => c.Id).Order(StringComparer.Ordinal).First();
        await using var c = new SqliteConnection($"Data Source={Db};Pooling=False");
        await c.OpenAsync(TestContext.Current.CancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "UPDATE claims SET json = '{\"id\":' WHERE id = $claim; UPDATE entities SET json = '{broken' WHERE id = 'unit-29155'";
        cmd.Parameters.AddWithValue("$claim", damaged);
        Assert.Equal(2, await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        return damaged;
    }

    private static void AssertReportedAndClean(CliHarness.Run run, params string[] ids)
    {
        Assert.True(run.ExitCode == 0, run.Err);
        foreach (var id in ids) Assert.Contains($"skipped unreadable {(id.StartsWith("c-", StringComparison.Ordinal) ? "claims" : "entities")} row {id}", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }

    [Fact]
    public async Task Kb_list_skips_the_damaged_entity_and_names_it()
    {
        await SeedAndDamageAsync();
        var run = await CliHarness.RunAsync("kb", "list", "--db", Db);
        AssertReportedAndClean(run, "unit-29155");
        Assert.Contains("Russia", run.Out);
    }

    [Fact]
    public async Task Relations_and_claims_list_answer_from_the_good_rows_and_name_the_damaged_claim_once()
    {
        var damaged = await SeedAndDamageAsync();
        var relations = await CliHarness.RunAsync("relations", "--db", Db);
        AssertReportedAndClean(relations, damaged, "unit-29155");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(relations.Err, damaged));
        var list = await CliHarness.RunAsync("claims", "list", "--db", Db, "--format", "csv");
        AssertReportedAndClean(list, damaged);
        Assert.Equal(1 + 2, list.Out.Trim().Split('\n').Length);
    }

    [Fact]
    public async Task Relations_of_an_actor_answer_from_the_good_rows_and_name_the_damaged_claim()
    {
        var damaged = await SeedAndDamageAsync();
        var run = await CliHarness.RunAsync("relations", "Russia", "--db", Db, "--format", "csv");
        AssertReportedAndClean(run, damaged);
        // The two good claims make two relations; the damaged agreement is left out.
        Assert.Equal(1 + 2, run.Out.Trim().Split('\n').Length);
    }

    [Fact]
    public async Task Profile_answers_from_the_good_rows()
    {
        var damaged = await SeedAndDamageAsync();
        var run = await CliHarness.RunAsync("profile", "Russia", "Iran", "--db", Db);
        AssertReportedAndClean(run, damaged, "unit-29155");
        Assert.Contains("Russia — Iran", run.Out);
    }

    [Fact]
    public async Task Timeline_lists_the_good_rows_and_names_the_damaged_claim()
    {
        var damaged = await SeedAndDamageAsync();
        var run = await CliHarness.RunAsync("timeline", "Iran", "--db", Db, "--format", "csv");
        AssertReportedAndClean(run, damaged);
        Assert.Equal(1 + 2, run.Out.Trim().Split('\n').Length);
    }

    [Fact]
    public async Task An_impossible_date_in_a_claim_row_is_reported_as_a_damaged_date_and_skipped()
    {
        await SeedAndDamageAsync();
        var bad = "";
        await using (var c = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            await c.OpenAsync(TestContext.Current.CancellationToken);
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE claims SET time_from = '2024-13-45' WHERE relation = 'arms-transfer' RETURNING id";
            bad = (string)(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        }
        var run = await CliHarness.RunAsync("copresence", "Russia", "Iran", "--db", Db);
        AssertReportedAndClean(run, bad);
        Assert.Contains("unreadable date", run.Err);
    }

    [Fact]
    public async Task Ingest_into_a_damaged_database_still_stores_the_new_document()
    {
        await SeedAndDamageAsync();
        var file = _dir.File("new.txt");
        await File.WriteAllTextAsync(file, "Belarus and Russia held joint exercises near Brest in 2021.", TestContext.Current.CancellationToken);
        var run = await CliHarness.RunAsync("ingest", file, "--db", Db);
        AssertReportedAndClean(run, "unit-29155");
        Assert.Contains("documents: 1 added", run.Out);
    }

    [Fact]
    public async Task A_store_opened_without_a_handler_refuses_the_damaged_row_by_its_id()
    {
        var damaged = await SeedAndDamageAsync();
        await using var store = await StoreOpener.OpenAsync(Db, TestContext.Current.CancellationToken);
        var e = await Assert.ThrowsAsync<StoreException>(() => store.GetClaimAsync(damaged, TestContext.Current.CancellationToken));
        Assert.Contains($"claims row {damaged}", e.Message);
    }

    [Fact]
    public async Task A_store_with_a_handler_skips_damaged_claims_in_every_read_path()
    {
        var damaged = await SeedAndDamageAsync();
        var skipped = new List<UnreadableRow>();
        await using var store = await StoreOpener.OpenAsync(Db, skipped.Add, TestContext.Current.CancellationToken);
        Assert.Null(await store.GetClaimAsync(damaged, TestContext.Current.CancellationToken));
        Assert.Equal(2, (await store.QueryClaimsAsync(ClaimQuery.All, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken)).Count);
        Assert.Equal(2, (await store.QueryClaimsAsync(ClaimQuery.All with { Limit = 10 }, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken)).Count);
        Assert.DoesNotContain(await store.ListEntitiesAsync(TestContext.Current.CancellationToken), e => e.Id == "unit-29155");
        Assert.All(skipped.Where(s => s.Table == "claims"), s => Assert.Equal(damaged, s.Id));
        Assert.Contains(skipped, s => s.Table == "entities" && s.Id == "unit-29155");
    }
}

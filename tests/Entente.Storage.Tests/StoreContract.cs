using Entente.Core.Claims;
using Entente.Core.Serialization;
using static Entente.Storage.Tests.Samples;

namespace Entente.Storage.Tests;

/// <summary>
/// What every store must do, run once per provider by a subclass that supplies a real database.
/// This file covers writes and persistence; StoreContract.Queries.cs covers reading back.
/// </summary>
public abstract partial class StoreContract
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Opens the store for this test's database; calling it again opens the same database.</summary>
    protected abstract Task<IEntenteStore> OpenAsync();

    /// <summary>Runs SQL on this test's database outside the store, returning the first column of each row.</summary>
    protected abstract Task<IReadOnlyList<string>> RawAsync(string sql);

    private static string Json<T>(T value) => EntenteJson.Serialize(value);

    [Fact]
    public async Task A_source_and_its_claims_come_back_with_every_field()
    {
        var source = Article();
        var full = Full(source);
        var plain = Claim(source, Hezbollah, "training", null);
        await using var store = await OpenAsync();

        var result = await store.AddDocumentAsync(source, [full, plain], [Entity("hezbollah", "Hezbollah")], Ct);

        Assert.Equal(new DocumentWriteResult(true, 2, 1), result);
        Assert.Equal(Json(source), Json(await store.GetSourceAsync(source.Id, Ct)));
        Assert.Equal(Json(full), Json(await store.GetClaimAsync(full.Id, Ct)));
        Assert.Equal(Json(plain), Json(await store.GetClaimAsync(plain.Id, Ct)));
        Assert.Null(await store.GetClaimAsync("c-missing", Ct));
        Assert.Null(await store.GetSourceAsync("src-missing", Ct));
    }

    [Fact]
    public async Task Listing_sources_leaves_text_out_unless_asked_and_puts_the_newest_first()
    {
        var first = Article();
        var second = Source("North Korea shipped artillery shells to Russia by rail.", "Shells by rail");
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(first, [], ct: Ct);
        await store.AddDocumentAsync(second, [], ct: Ct);

        var list = await store.ListSourcesAsync(ct: Ct);

        Assert.Equal([second.Id, first.Id], list.Select(s => s.Id));
        Assert.All(list, s => Assert.Equal("", s.Text));
        Assert.Equal(Json(second), Json((await store.ListSourcesAsync(includeText: true, Ct))[0]));
    }

    [Fact]
    public async Task Adding_the_same_document_twice_changes_nothing()
    {
        var source = Article();
        var claim = Full(source);
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(source, [claim], ct: Ct);

        var again = await store.AddDocumentAsync(source, [claim, Claim(source, Russia, "attack", Kherson)], ct: Ct);
        var sameTextOtherId = await store.AddDocumentAsync(source with { Id = "src-other" }, [], ct: Ct);

        Assert.Equal(new DocumentWriteResult(false, 0, 0), again);
        Assert.False(sameTextOtherId.Added);
        Assert.Single(await store.ListSourcesAsync(ct: Ct));
        Assert.Equal(1, await store.CountClaimsAsync(ClaimQuery.All, Ct));
    }

    [Fact]
    public async Task A_document_with_a_claim_naming_an_unstored_source_leaves_nothing_behind()
    {
        var source = Article();
        var dangling = Claim(source, Iran, "funding", Hezbollah) with { SourceId = "src-nowhere" };
        await using var store = await OpenAsync();

        var e = await Assert.ThrowsAsync<StoreException>(() =>
            store.AddDocumentAsync(source, [Full(source), dangling.WithId()], [Entity("hezbollah", "Hezbollah")], Ct));

        Assert.Contains("Nothing was written", e.Message);
        Assert.Empty(await store.ListSourcesAsync(ct: Ct));
        Assert.Empty(await store.ListEntitiesAsync(Ct));
        Assert.Equal(0, await store.CountClaimsAsync(ClaimQuery.All, Ct));
        Assert.Empty(await store.SearchSourcesAsync("Shahed", ct: Ct));
    }

    [Fact]
    public async Task A_batch_with_one_invalid_claim_is_not_stored_at_all()
    {
        var source = Article();
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(source, [], ct: Ct);
        // A claim without an id: one with a relation the ontology lacks cannot be made at all (Claim.Relation is checked).
        var bad = Claim(source, Iran, "arms-transfer", Russia) with { Id = "" };

        var e = await Assert.ThrowsAsync<StoreException>(() => store.AddClaimsAsync([Full(source), bad], Ct));

        Assert.Contains("has no id", e.Message);
        Assert.Equal(0, await store.CountClaimsAsync(ClaimQuery.All, Ct));
    }

    [Fact]
    public async Task Adding_claims_skips_ids_already_stored_and_repeats_within_the_batch()
    {
        var source = Article();
        var a = Claim(source, Iran, "arms-transfer", Russia);
        var b = Claim(source, NorthKorea, "arms-transfer", Russia);
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(source, [a], ct: Ct);

        var added = await store.AddClaimsAsync([a, b, b], Ct);

        Assert.Equal(1, added);
        Assert.Equal(2, await store.CountClaimsAsync(ClaimQuery.All, Ct));
    }

    [Fact]
    public async Task Verdicts_are_stored_and_listed_per_claim_in_time_order()
    {
        var source = Article();
        var a = Claim(source, Iran, "arms-transfer", Russia);
        var b = Claim(source, Russia, "attack", Kherson);
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(source, [a, b], ct: Ct);
        var later = Verdict(a, VerdictKind.Correct, "v-2", minute: 30) with { Correction = a with { Certainty = Core.Ontology.Certainty.Likely } };
        var earlier = Verdict(a, VerdictKind.Accept, "v-1");
        var onB = Verdict(b, VerdictKind.Reject, "v-3", minute: 10);

        await store.AddVerdictAsync(later, Ct);
        await store.AddVerdictAsync(earlier, Ct);
        await store.AddVerdictAsync(onB, Ct);

        Assert.Equal([Json(earlier), Json(later)], (await store.ListVerdictsAsync(a.Id, Ct)).Select(Json));
        Assert.Equal(["v-1", "v-3", "v-2"], (await store.ListVerdictsAsync(ct: Ct)).Select(v => v.Id));
    }

    [Fact]
    public async Task A_verdict_on_an_unstored_claim_is_refused()
    {
        await using var store = await OpenAsync();
        var claim = Claim(Article(), Iran, "arms-transfer", Russia);

        await Assert.ThrowsAsync<StoreException>(() => store.AddVerdictAsync(Verdict(claim, VerdictKind.Accept, "v-1"), Ct));

        Assert.Empty(await store.ListVerdictsAsync(ct: Ct));
    }

    [Fact]
    public async Task Upserting_an_entity_replaces_it_but_a_document_never_does()
    {
        var source = Article();
        await using var store = await OpenAsync();
        await store.UpsertEntitiesAsync([Entity("hezbollah", "Hezbollah"), Entity("houthis", "Houthis")], Ct);
        var renamed = Entity("hezbollah", "Hizbullah", Core.Entities.EntityKind.ArmedGroup);

        await store.UpsertEntitiesAsync([renamed], Ct);
        var result = await store.AddDocumentAsync(source, [], [Entity("hezbollah", "Something else"), Entity("wagner", "Wagner")], Ct);

        Assert.Equal(1, result.EntitiesAdded);
        Assert.Equal(Json(renamed), Json(await store.GetEntityAsync("hezbollah", Ct)));
        Assert.Equal(["hezbollah", "houthis", "wagner"], (await store.ListEntitiesAsync(Ct)).Select(e => e.Id));
        Assert.Null(await store.GetEntityAsync("nobody", Ct));
    }

    [Fact]
    public async Task Full_text_search_finds_a_word_and_shows_it_in_a_snippet()
    {
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(Article(), [], ct: Ct);
        await store.AddDocumentAsync(Source("North Korea shipped artillery shells to Russia by rail.", "Shells by rail"), [], ct: Ct);

        var hits = await store.SearchSourcesAsync("artillery", ct: Ct);

        var hit = Assert.Single(hits);
        Assert.Equal("Shells by rail", hit.Title);
        Assert.Contains("[artillery]", hit.Snippet);
        Assert.Empty(await store.SearchSourcesAsync("submarine", ct: Ct));
        Assert.Equal("Drones for Moscow", Assert.Single(await store.SearchSourcesAsync("drones \"(Kherson*", ct: Ct)).Title);
    }

    [Fact]
    public async Task Reopening_the_database_keeps_everything()
    {
        var source = Article();
        var claim = Full(source);
        await using (var store = await OpenAsync())
        {
            await store.AddDocumentAsync(source, [claim], [Entity("hezbollah", "Hezbollah")], Ct);
            await store.AddVerdictAsync(Verdict(claim, VerdictKind.Accept, "v-1"), Ct);
        }

        await using var reopened = await OpenAsync();

        Assert.Equal(Json(claim), Json(await reopened.GetClaimAsync(claim.Id, Ct)));
        Assert.NotNull(await reopened.GetSourceAsync(source.Id, Ct));
        Assert.Single(await reopened.ListVerdictsAsync(claim.Id, Ct));
        Assert.Single(await reopened.ListEntitiesAsync(Ct));
        Assert.Single(await reopened.SearchSourcesAsync("Shahed", ct: Ct));
    }

    [Fact]
    public async Task Migrations_are_applied_once_and_their_versions_recorded()
    {
        await (await OpenAsync()).DisposeAsync();
        await (await OpenAsync()).DisposeAsync();

        var versions = await RawAsync("SELECT version FROM schema_version ORDER BY version");

        Assert.NotEmpty(versions);
        Assert.Equal(versions.Distinct(), versions);
        Assert.Equal("1", versions[0]);
    }

    [Fact]
    public async Task A_database_from_a_newer_entente_is_refused()
    {
        await (await OpenAsync()).DisposeAsync();
        await RawAsync("INSERT INTO schema_version (version, description) VALUES (999, 'from the future')");

        var e = await Assert.ThrowsAsync<StoreException>(OpenAsync);

        Assert.Contains("schema version 999", e.Message);
        Assert.Contains("upgrade entente", e.Message);
    }
}

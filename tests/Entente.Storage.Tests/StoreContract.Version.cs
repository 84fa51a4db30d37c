using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Hypotheses;
using Entente.Core.Sources;
using static Entente.Storage.Tests.Samples;

namespace Entente.Storage.Tests;

/// <summary>The version stamp caches key on, and the mentions the source reader shows without extracting again.</summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task Every_committed_write_moves_the_version_on_and_reads_do_not()
    {
        var source = Article();
        await using var store = await OpenAsync();
        var v0 = await store.GetVersionAsync(Ct);
        Assert.Equal(v0, await store.GetVersionAsync(Ct));

        await store.AddDocumentAsync(source, [Claim(source, Hezbollah, "training", null)], null, Ct);
        var v1 = await store.GetVersionAsync(Ct);
        await store.ListSourcesAsync(true, Ct);
        await store.AddVerdictAsync(new Verdict { Id = "v-1", ClaimId = Claim(source, Hezbollah, "training", null).Id, Kind = VerdictKind.Reject, Analyst = "a", At = DateTimeOffset.UnixEpoch }, Ct);
        var v2 = await store.GetVersionAsync(Ct);

        Assert.True(v1 > v0 && v2 > v1, $"{v0} → {v1} → {v2}");
        await using var other = await OpenAsync();
        Assert.Equal(v2, await other.GetVersionAsync(Ct));
    }

    [Fact]
    public async Task Imports_knowledge_additions_ratings_overrides_and_reindexing_each_move_the_version_on()
    {
        // The workbench caches graph and profile answers on this number: every write a user can make from the CLI
        // (import streams, `kb add`, `sources rate`, `ach override`, `reindex`) must move it, or a stale answer is served.
        var source = Article();
        await using var store = await OpenAsync();
        var seen = new List<long> { await store.GetVersionAsync(Ct) };
        async Task Then(string write, Func<Task> act)
        {
            await act();
            var now = await store.GetVersionAsync(Ct);
            Assert.True(now > seen[^1], $"{write} left the version at {now} (before: {seen[^1]})");
            seen.Add(now);
        }

        await Then("an imported stream", () => store.AddDocumentStreamAsync(source, Streamed([Claim(source, Iran, "arms-transfer", Russia)]), ct: Ct));
        await Then("kb add", () => store.UpsertEntitiesAsync([Entity("new-group", "New Group")], Ct));
        await Then("a rating", () => store.AddRatingAsync(SourceRating.Create(RatingScope.Source, source.Id, Reliability.B, "alice", Monday), Ct));
        await Then("an override", () => store.AddCellOverrideAsync(Override("o-1", "irn|rus", Consistency.Consistent, 0), Ct));
        await Then("reindex", () => store.ReindexAsync(Ct));
    }

    [Fact]
    public async Task A_failed_write_leaves_the_version_where_it_was()
    {
        var source = Article();
        await using var store = await OpenAsync();
        var before = await store.GetVersionAsync(Ct);
        await Assert.ThrowsAsync<StoreException>(() => store.AddClaimsAsync([Claim(source, Hezbollah, "training", null)], Ct));
        Assert.Equal(before, await store.GetVersionAsync(Ct));
    }

    [Fact]
    public async Task A_source_keeps_its_mentions()
    {
        var source = Article() with { Mentions = [new SourceMention(0, 4, "Iran", new EntityRef("irn", "Iran", EntityKind.State))] };
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(source, [], null, Ct);

        var back = await store.GetSourceAsync(source.Id, Ct);
        Assert.Equal(source.Mentions, back!.Mentions);
        Assert.Null((await store.ListSourcesAsync(false, Ct)).Single().Mentions);
    }
}

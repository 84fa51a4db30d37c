using Entente.Core.Sources;
using static Entente.Storage.Tests.Samples;

namespace Entente.Storage.Tests;

/// <summary>Ratings of sources and publishers: records kept side by side, the latest in force on every read of a source.</summary>
public abstract partial class StoreContract
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_source_stored_with_a_rating_reads_back_with_who_gave_it_and_when()
    {
        var rating = SourceRating.Create(RatingScope.Source, Article().Id, Reliability.C, "alice", Monday, "one reporter, named");
        var source = Article() with { Reliability = Reliability.C, Rating = rating };
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(source, [], ct: Ct);

        var read = await store.GetSourceAsync(source.Id, Ct);

        Assert.Equal(Reliability.C, read!.Reliability);
        Assert.Equal("alice", read.Rating!.SetBy);
        Assert.Equal(Monday, read.Rating.At);
        Assert.Equal("one reporter, named", read.Rating.Reason);
        Assert.Equal(rating.Id, Assert.Single(await store.ListRatingsAsync(Ct)).Id);
    }

    [Fact]
    public async Task A_publisher_rating_applies_to_its_sources_at_once_and_the_sources_own_rating_beats_it()
    {
        var unrated = Article() with { Reliability = Reliability.F, Publisher = "Example Review" };
        var own = Source("A second text from the same review.", "Second") with { Reliability = Reliability.F, Publisher = "Example Review" };
        var byHost = Source("A text known only by its address.", "Third") with { Reliability = Reliability.F, Publisher = null, Url = "https://news.wire.example/world/1" };
        await using var store = await OpenAsync();
        foreach (var s in new[] { unrated, own, byHost }) await store.AddDocumentAsync(s, [], ct: Ct);
        await store.AddRatingAsync(SourceRating.Create(RatingScope.Source, own.Id, Reliability.D, "bob", Monday), Ct);
        Assert.Equal(Reliability.F, (await store.GetSourceAsync(unrated.Id, Ct))!.Reliability);

        await store.AddRatingAsync(SourceRating.Create(RatingScope.Publisher, "example review", Reliability.B, "alice", Monday.AddHours(1), "edited"), Ct);
        await store.AddRatingAsync(SourceRating.Create(RatingScope.Publisher, "https://www.wire.example", Reliability.A, "alice", Monday.AddHours(1)), Ct);
        var sources = (await store.ListSourcesAsync(ct: Ct)).ToDictionary(s => s.Id);

        Assert.Equal(Reliability.B, sources[unrated.Id].Reliability);
        Assert.Equal("example review", sources[unrated.Id].Rating!.Target);
        Assert.Equal(Reliability.D, sources[own.Id].Reliability);
        Assert.Equal(Reliability.A, sources[byHost.Id].Reliability);

        // A later rating of the publisher replaces the earlier one in every read; both stay recorded.
        await store.AddRatingAsync(SourceRating.Create(RatingScope.Publisher, "Example Review", Reliability.E, "carol", Monday.AddDays(1)), Ct);
        Assert.Equal(Reliability.E, (await store.GetSourceAsync(unrated.Id, Ct))!.Reliability);
        Assert.Equal(4, (await store.ListRatingsAsync(Ct)).Count);
    }

    [Fact]
    public async Task Rating_a_source_that_is_not_stored_is_refused_and_writes_nothing()
    {
        await using var store = await OpenAsync();

        var e = await Assert.ThrowsAsync<StoreException>(() => store.AddRatingAsync(SourceRating.Create(RatingScope.Source, "src-missing", Reliability.A, "alice", Monday), Ct));

        Assert.Contains("src-missing", e.Message);
        Assert.Empty(await store.ListRatingsAsync(Ct));
    }

    [Fact]
    public async Task A_database_from_before_ratings_keeps_its_stored_reliabilities_as_records()
    {
        var source = Article() with { Reliability = Reliability.B };
        var plain = Source("An unrated text.", "Unrated") with { Reliability = Reliability.F };
        await using (var store = await OpenAsync())
        {
            await store.AddDocumentAsync(source, [], ct: Ct);
            await store.AddDocumentAsync(plain, [], ct: Ct);
        }
        // Undo the ratings migration and the later ones by hand: what a database written by an older entente looks like.
        await RawAsync("DROP TABLE claim_pairs");
        await RawAsync("DROP TABLE actor_facts");
        await RawAsync("DROP TABLE IF EXISTS queue_jobs"); // PostgreSQL only (migration 6)
        await RawAsync("ALTER TABLE sources DROP COLUMN original_text"); // SQLite 6, PostgreSQL 7
        await RawAsync("DROP TABLE store_version");
        await RawAsync("ALTER TABLE sources DROP COLUMN mentions");
        await RawAsync("DROP TABLE ratings");
        await RawAsync("DELETE FROM schema_version WHERE version >= 4");

        await using var reopened = await OpenAsync();

        var rating = Assert.Single(await reopened.ListRatingsAsync(Ct));
        Assert.Equal((source.Id, Reliability.B, "stored before ratings were recorded"), (rating.Target, rating.Reliability, rating.SetBy));
        Assert.Equal(Reliability.B, (await reopened.GetSourceAsync(source.Id, Ct))!.Reliability);
        Assert.Equal(Reliability.F, (await reopened.GetSourceAsync(plain.Id, Ct))!.Reliability);
    }
}

using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Time;
using static Entente.Storage.Tests.Samples;

namespace Entente.Storage.Tests;

public abstract partial class StoreContract
{
    private async Task<IReadOnlyList<ClaimOutline>> OutlinesAsync(IEntenteStore store, ClaimQuery query)
    {
        var outlines = new List<ClaimOutline>();
        await foreach (var o in store.QueryClaimOutlinesAsync(query, Ct)) outlines.Add(o);
        return outlines.OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task An_outline_has_every_column_of_its_claim_but_not_its_words()
    {
        await using var store = await OpenAsync();
        var source = Article();
        var full = Full(source);
        var bare = Claim(source, Iran, "contact", NorthKorea, certainty: Certainty.Denied, start: 20);
        await store.AddDocumentAsync(source, [full, bare], ct: Ct);

        var outlines = await OutlinesAsync(store, ClaimQuery.All);

        Assert.Equal(new[] { full, bare }.Select(ClaimOutline.Of).OrderBy(o => o.Id, StringComparer.Ordinal), outlines);
        var withPlace = Assert.Single(outlines, o => o.Id == full.Id);
        Assert.Equal(("kherson", Phase.Agreed, new DateOnly(2022, 8, 31)), (withPlace.PlaceId, withPlace.Phase, withPlace.To));
    }

    [Fact]
    public async Task A_listing_line_says_what_its_claim_says_but_its_offsets_cues_properties_and_attribution()
    {
        await using var store = await OpenAsync();
        var source = Article();
        var full = Full(source);
        var bare = Claim(source, Iran, "contact", null, certainty: Certainty.Denied, start: 20);
        var other = Claim(source, NorthKorea, "contact", Russia, start: 30);
        await store.AddDocumentAsync(source, [full, bare, other], ct: Ct);

        var lines = new List<Claim>();
        // Iran is the subject of both its claims; Russia the object of one of them: that one comes once.
        await foreach (var c in store.QueryClaimLinesAsync(["irn", "rus"], Ct)) lines.Add(c);

        static Claim Listed(Claim c) => c with
        {
            Evidence = new EvidenceSpan(c.SourceId, 0, 0, c.Evidence.Text),
            Producer = new Producer(c.Producer.Kind, c.Producer.Name),
            AttributedTo = null,
            Cues = [],
            Properties = new Dictionary<string, string>(),
        };
        Assert.Equal(new[] { full, bare, other }.Select(c => Json(Listed(c))).Order(StringComparer.Ordinal),
            lines.Select(c => Json(c)).Order(StringComparer.Ordinal));
        Assert.Empty(await ToListAsync(store.QueryClaimLinesAsync(["ven"], Ct)));
        // Between a pair, one direction: subjects, then objects.
        Assert.Equal([Json(Listed(full))], (await ToListAsync(store.QueryClaimLinesAsync(["irn"], ["rus"], null, Ct))).Select(c => Json(c)));
        Assert.Empty(await ToListAsync(store.QueryClaimLinesAsync(["rus"], ["irn"], null, Ct)));
        // And of some relations only.
        Assert.Equal([Json(Listed(full))], (await ToListAsync(store.QueryClaimLinesAsync(["irn"], ["rus"], ["contact", "arms-transfer"], Ct))).Select(c => Json(c)));
        Assert.Empty(await ToListAsync(store.QueryClaimLinesAsync(["irn"], ["rus"], ["contact"], Ct)));
        Assert.Empty(await ToListAsync(store.QueryClaimLinesAsync(["irn"], ["rus"], [], Ct)));
    }

    /// <summary>A store of four claims: Iran's two (one of them with Russia), Russia's with North Korea, and one between two others.</summary>
    private async Task<(IEntenteStore Store, Claim Full, Claim Bare, Claim Other)> FourClaimsAsync()
    {
        var store = await OpenAsync();
        var source = Article();
        var full = Full(source);
        var bare = Claim(source, Iran, "contact", null, certainty: Certainty.Denied, start: 20);
        var other = Claim(source, NorthKorea, "contact", Russia, start: 30);
        var elsewhere = Claim(source, Hezbollah, "contact", NorthKorea, start: 40);
        await store.AddDocumentAsync(source, [full, bare, other, elsewhere], ct: Ct);
        return (store, full, bare, other);
    }

    [Fact]
    public async Task A_listing_is_what_its_line_says_of_the_claim()
    {
        var (store, full, bare, _) = await FourClaimsAsync();
        await using var _ = store;

        // The same claims as the lines, each once (the claim between Iran and Russia too), each with what its line holds.
        var lines = (await ToListAsync(store.QueryClaimLinesAsync(["irn", "rus"], Ct))).Select(ClaimListing.Of);
        var listings = await ToListAsync(store.QueryClaimListingsAsync(["irn", "rus"], Ct));

        Assert.Equal(3, listings.Count);
        Assert.Equal(lines.Select(l => Json(l)).Order(StringComparer.Ordinal), listings.Select(l => Json(l)).Order(StringComparer.Ordinal));
        var dated = Assert.Single(listings, l => l.Id == full.Id);
        Assert.Equal((full.Time!.From, full.Time.To, full.Time.Precision, full.Time.Text, full.Evidence.Text, full.Materiel.Count),
            (dated.From!.Value, dated.To!.Value, dated.Precision!.Value, dated.TimeText, dated.Text, dated.Materiel.Count));
        Assert.Null(Assert.Single(listings, l => l.Id == bare.Id).TimeText);
        Assert.Empty(await ToListAsync(store.QueryClaimListingsAsync([], Ct)));
    }

    [Fact]
    public async Task A_listing_line_outline_is_its_claims_outline()
    {
        var (store, full, bare, other) = await FourClaimsAsync();
        await using var _ = store;

        // Iran's two claims and Russia's one (the claim between them comes once); not the claim between two others.
        var outlines = (await ToListAsync(store.QueryClaimLineOutlinesAsync(["irn", "rus"], Ct))).OrderBy(o => o.Id, StringComparer.Ordinal);

        Assert.Equal(new[] { full, bare, other }.Select(ClaimOutline.Of).OrderBy(o => o.Id, StringComparer.Ordinal), outlines);
        Assert.Contains(outlines, o => o is { PlaceId: "kherson", Phase: Phase.Agreed, ObjectId: "rus" } && o.To == new DateOnly(2022, 8, 31));
        Assert.Empty(await ToListAsync(store.QueryClaimLineOutlinesAsync([], Ct)));
    }

    [Fact]
    public async Task A_listing_line_keeps_every_character_of_long_and_non_ascii_texts()
    {
        await using var store = await OpenAsync();
        // Accents, Cyrillic, Arabic and a character beyond the basic plane, and words far longer than a reader's first buffer.
        var words = "Fernández de Cossío said «нет» to the قاعدة near Sōya Strait 🛰 " + string.Concat(Enumerable.Repeat("é🛰 long evidence ", 400));
        var source = Source(words, "Cuba: «нет»");
        var havana = new EntityRef("havana-base", "Base de Lourdes (Bejucal) — قاعدة", EntityKind.Place);
        var claim = Claim(source, Iran, "presence", havana, time: ClaimTime.Day(new DateOnly(2023, 6, 8), "el 8 de junio")) with
        {
            Evidence = new EvidenceSpan(source.Id, 0, words.Length, words),
            Id = "",
        };
        claim = claim.WithId();
        var short1 = Claim(source, Russia, "contact", Iran, time: ClaimTime.Day(new DateOnly(2021, 1, 2), "2 January 2021"), start: 5);
        await store.AddDocumentAsync(source, [claim, short1], ct: Ct);

        var lines = await ToListAsync(store.QueryClaimLinesAsync(["irn"], Ct));

        var read = Assert.Single(lines, c => c.Id == claim.Id);
        Assert.Equal(words, read.Evidence.Text);
        Assert.Equal(havana, read.Object);
        Assert.Equal("el 8 de junio", read.Time?.Text);
        // The outlines of a date range: the dates are bound as the store writes them.
        var since = await OutlinesAsync(store, new ClaimQuery { From = new DateOnly(2023, 1, 1) });
        Assert.Equal([claim.Id], since.Select(o => o.Id));
        var before = await OutlinesAsync(store, new ClaimQuery { To = new DateOnly(2022, 12, 31) });
        Assert.Equal([short1.Id], before.Select(o => o.Id));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    [Fact]
    public async Task Outlines_obey_the_same_filters_as_claims()
    {
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(Graph.Source, Graph.Claims, ct: Ct);
        var query = new ClaimQuery { Actors = ["prk"], Certainties = [Certainty.Alleged] };

        var outlines = await OutlinesAsync(store, query);

        Assert.Equal(Ids(Graph.KoreaToRussia2023), outlines.Select(o => o.Id));
        Assert.Equal(2, (await OutlinesAsync(store, new ClaimQuery { Relations = ["arms-transfer"], Limit = 5 })).Count);
    }

    [Fact]
    public async Task A_database_from_before_the_place_column_gets_it_filled_from_its_claims()
    {
        var source = Article();
        var full = Full(source);
        await using (var store = await OpenAsync()) await store.AddDocumentAsync(source, [full], ct: Ct);
        // Undo migration 2 and the later ones by hand: what a database written by an older entente looks like.
        await RawAsync("DROP TABLE claim_pairs");
        await RawAsync("DROP TABLE actor_facts");
        await RawAsync("DROP TABLE IF EXISTS queue_jobs"); // PostgreSQL only (migration 6)
        await RawAsync("ALTER TABLE sources DROP COLUMN original_text"); // SQLite 6, PostgreSQL 7
        await RawAsync("DROP TABLE store_version");
        await RawAsync("ALTER TABLE sources DROP COLUMN mentions");
        await RawAsync("DROP TABLE hypothesis_overrides");
        await RawAsync("DROP INDEX IF EXISTS claims_subject_line"); // SQLite 11: they hold place_id
        await RawAsync("DROP INDEX IF EXISTS claims_object_line");
        await RawAsync("ALTER TABLE claims DROP COLUMN place_id");
        await RawAsync("DROP INDEX IF EXISTS claims_subject_object"); // SQLite 12 has dropped it already
        await RawAsync("CREATE INDEX claims_subject ON claims (subject_id)");
        await RawAsync("DROP TABLE ratings");
        await RawAsync("DELETE FROM schema_version WHERE version >= 2");

        await using var reopened = await OpenAsync();

        Assert.Equal("kherson", Assert.Single(await OutlinesAsync(reopened, ClaimQuery.All)).PlaceId);
        Assert.Equal(Json(full), Json(await reopened.GetClaimAsync(full.Id, Ct)));
        await foreach (var c in reopened.QueryClaimsAsync(new ClaimQuery { Subjects = ["irn"], Objects = ["rus"] }, Ct)) Assert.Equal(full.Id, c.Id);
    }
}

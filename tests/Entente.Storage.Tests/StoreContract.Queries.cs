using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Core.Time;
using static Entente.Storage.Tests.Samples;

namespace Entente.Storage.Tests;

public abstract partial class StoreContract
{
    /// <summary>Stores a small graph and returns the ids of the claims matching a query, in the store's order.</summary>
    private async Task<IReadOnlyList<string>> QueryAsync(ClaimQuery query)
    {
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(Graph.Source, Graph.Claims, ct: Ct);
        await store.AddVerdictAsync(Verdict(Graph.IranToRussia2022, VerdictKind.Accept, "v-1"), Ct);
        var ids = new List<string>();
        await foreach (var c in store.QueryClaimsAsync(query, Ct)) ids.Add(c.Id);
        if (query.Limit is null && query.Offset == 0) Assert.Equal(ids.Count, await store.CountClaimsAsync(query, Ct));
        return ids;
    }

    private static class Graph
    {
        public static readonly Core.Sources.Source Source = Article();
        public static readonly Core.Sources.Source Other = Samples.Source("A second report.");
        public static readonly Claim IranToRussia2022 = Claim(Source, Iran, "arms-transfer", Russia, ClaimTime.Month(2022, 8, "August 2022"), start: 0);
        public static readonly Claim KoreaToRussia2023 = Claim(Source, NorthKorea, "arms-transfer", Russia, ClaimTime.Year(2023, "2023"), Certainty.Alleged, start: 5);
        public static readonly Claim IranFundsHezbollah = Claim(Source, Iran, "funding", Hezbollah, ClaimTime.Years(1982, 2024, TimePrecision.Decade, "since 1982"), start: 10);
        public static readonly Claim RussiaAttacksKherson = Claim(Source, Russia, "attack", Kherson, ClaimTime.Day(new DateOnly(2022, 10, 17), "17 October 2022"), start: 15);
        public static readonly Claim TimelessContact = Claim(Source, Iran, "contact", NorthKorea, null, Certainty.Denied, start: 20);

        /// <summary>In the order every query must return them: by start of time, undated last, then id.</summary>
        public static readonly Claim[] Claims = [IranFundsHezbollah, IranToRussia2022, RussiaAttacksKherson, KoreaToRussia2023, TimelessContact];
    }

    private static string[] Ids(params Claim[] claims) => claims.Select(c => c.Id).ToArray();

    [Fact]
    public async Task Every_claim_comes_back_ordered_by_time_with_undated_claims_last() =>
        Assert.Equal(Ids(Graph.Claims), await QueryAsync(ClaimQuery.All));

    [Fact]
    public async Task An_actor_matches_as_subject_or_object() =>
        Assert.Equal(Ids(Graph.IranFundsHezbollah, Graph.IranToRussia2022, Graph.KoreaToRussia2023, Graph.TimelessContact),
            await QueryAsync(new ClaimQuery { Actors = ["prk", "hezbollah", "irn"] }));

    [Fact]
    public async Task Subjects_and_objects_filter_their_own_side_only()
    {
        Assert.Equal(Ids(Graph.KoreaToRussia2023), await QueryAsync(new ClaimQuery { Subjects = ["prk"] }));
        Assert.Equal(Ids(Graph.TimelessContact), await QueryAsync(new ClaimQuery { Objects = ["prk"] }));
        Assert.Equal(Ids(Graph.IranToRussia2022), await QueryAsync(new ClaimQuery { Subjects = ["irn"], Objects = ["rus"] }));
    }

    [Fact]
    public async Task Relations_spheres_and_certainties_filter_claims()
    {
        Assert.Equal(Ids(Graph.IranToRussia2022, Graph.KoreaToRussia2023), await QueryAsync(new ClaimQuery { Relations = ["arms-transfer"] }));
        Assert.Equal(Ids(Graph.IranFundsHezbollah, Graph.TimelessContact), await QueryAsync(new ClaimQuery { Spheres = [Sphere.Economic, Sphere.Diplomatic] }));
        Assert.Equal(Ids(Graph.KoreaToRussia2023, Graph.TimelessContact), await QueryAsync(new ClaimQuery { Certainties = [Certainty.Alleged, Certainty.Denied] }));
    }

    [Fact]
    public async Task Sources_filter_claims_by_where_they_come_from()
    {
        Assert.Equal(Ids(Graph.Claims), await QueryAsync(new ClaimQuery { Sources = [Graph.Source.Id] }));
        Assert.Empty(await QueryAsync(new ClaimQuery { Sources = [Graph.Other.Id] }));
    }

    [Fact]
    public async Task A_time_window_keeps_claims_whose_interval_overlaps_it()
    {
        Assert.Equal(Ids(Graph.IranFundsHezbollah, Graph.IranToRussia2022, Graph.RussiaAttacksKherson),
            await QueryAsync(new ClaimQuery { From = new DateOnly(2022, 8, 31), To = new DateOnly(2022, 12, 31) }));
        Assert.Equal(Ids(Graph.IranFundsHezbollah, Graph.RussiaAttacksKherson, Graph.KoreaToRussia2023),
            await QueryAsync(new ClaimQuery { From = new DateOnly(2022, 9, 1) }));
        Assert.Equal(Ids(Graph.IranFundsHezbollah), await QueryAsync(new ClaimQuery { To = new DateOnly(2000, 1, 1) }));
    }

    [Fact]
    public async Task Unreviewed_only_leaves_out_claims_with_a_verdict() =>
        Assert.Equal(Ids(Graph.IranFundsHezbollah, Graph.RussiaAttacksKherson, Graph.KoreaToRussia2023, Graph.TimelessContact),
            await QueryAsync(new ClaimQuery { UnreviewedOnly = true }));

    [Fact]
    public async Task Limit_and_offset_page_through_the_ordered_claims()
    {
        Assert.Equal(Ids(Graph.IranToRussia2022, Graph.RussiaAttacksKherson), await QueryAsync(new ClaimQuery { Limit = 2, Offset = 1 }));
        Assert.Equal(Ids(Graph.KoreaToRussia2023, Graph.TimelessContact), await QueryAsync(new ClaimQuery { Offset = 3 }));
    }

    [Fact]
    public async Task Counting_ignores_limit_and_offset()
    {
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(Graph.Source, Graph.Claims, ct: Ct);

        Assert.Equal(2, await store.CountClaimsAsync(new ClaimQuery { Relations = ["arms-transfer"], Limit = 1, Offset = 1 }, Ct));
    }
}

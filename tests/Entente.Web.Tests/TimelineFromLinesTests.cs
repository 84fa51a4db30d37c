using System.Net;
using System.Text.Json;
using Entente.Analysis.Graph;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Storage;
using Entente.Web.Hosting;
using Entente.Web.Views;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Entente.Web.Tests;

/// <summary>
/// The timeline endpoint answers from the store's listing lines (as `entente timeline` does), not from the server's
/// snapshot of every claim: its JSON must be byte for byte what the snapshot computes, for several actors and every
/// option the endpoint takes, as stored, after verdicts given through the workbench, and after a stored entity (what
/// `kb add` writes from another process) changes roll-up. Own database: it writes verdicts and entities.
/// </summary>
public sealed class TimelineFromLinesTests(WorkbenchFixture fx) : IClassFixture<WorkbenchFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Actors by id and by name, hubs and a claim-only group (no entity describes it until the last stage, so before that
    /// it is answered from the snapshot), alone and with another actor, under each filter the endpoint takes.
    /// </summary>
    private static readonly string[] Paths =
    [
        .. new[] { "rus", "irn", "Iran", "syr", "irgc", "hezbollah", "usa", "xss-cell" }.SelectMany(a => new[]
        {
            $"/api/timeline/{a}", $"/api/timeline/{a}?rollup=true", $"/api/timeline/{a}?sphere=military,diplomatic",
            $"/api/timeline/{a}?certainty=reported&rollup=true", $"/api/timeline/{a}?from=2016&to=2022", $"/api/timeline/{a}?from=2020&rollup=true",
        }),
        "/api/timeline/rus?other=irn", "/api/timeline/irn?other=rus&rollup=true", "/api/timeline/irgc?other=rus&rollup=true",
        "/api/timeline/Russia?other=Iran&certainty=asserted", "/api/timeline/irn?other=xss-cell", "/api/timeline/irn?other=syr&rollup=true",
    ];

    [Fact]
    public async Task The_timeline_from_the_listing_lines_is_the_snapshots_timeline_before_and_after_verdicts_and_a_stored_entity()
    {
        await using var store = await StoreOpener.OpenAsync(fx.DatabasePath, Ct);
        await FromLinesAndFromTheLoadedSnapshotAsync(store, "as stored");

        var claims = new List<Claim>();
        await foreach (var c in store.QueryClaimsAsync(ClaimQuery.All, Ct)) claims.Add(c);
        // A rejection (the only sanction) and a correction that moves a Russian-Iranian meeting to Syria.
        await VerdictAsync(claims.Single(c => c.Relation == "sanction").Id, """{"kind":"reject"}""");
        await VerdictAsync(claims.Single(c => c.Relation == "contact").Id, """{"kind":"correct","correction":{"object":"syr"}}""");
        await FromLinesAndFromTheLoadedSnapshotAsync(store, "after verdicts");

        // `kb add` from another process: the cell is now described, part of Hezbollah, so roll-up counts it as Iran's proxy's.
        await store.UpsertEntitiesAsync([new Entity { Id = "xss-cell", Kind = EntityKind.ArmedGroup, Name = "Cell", Links = [new EntityLink("part-of", "hezbollah")] }], Ct);
        // The server reads the store's version at most once per poll interval: past it, the next request sees the write.
        await Task.Delay(WorkbenchData.DefaultVersionPoll * 2, Ct);
        // The snapshot the server holds is now behind the store (every actor is described, so nothing asks for it to be
        // reloaded): the lines must answer, not it.
        Assert.True(Data.Loaded!.Version < await store.GetVersionAsync(Ct));
        await EveryPathAnswersAsTheSnapshotAsync(store, "after a stored entity, an older snapshot loaded", () => { });
        Assert.True(Data.Loaded!.Version < await store.GetVersionAsync(Ct));
        await FromLinesAndFromTheLoadedSnapshotAsync(store, "after a stored entity");
    }

    private WorkbenchData Data => fx.Server.Services.GetRequiredService<WorkbenchData>();

    /// <summary>
    /// Every path twice: with no snapshot loaded (dropped before each request, since answering a claim-only actor loads
    /// one), so the listing lines answer; then with a current snapshot loaded, which answers from memory.
    /// </summary>
    private async Task FromLinesAndFromTheLoadedSnapshotAsync(IEntenteStore store, string stage)
    {
        await EveryPathAnswersAsTheSnapshotAsync(store, stage + ", from the lines", Data.Invalidate);
        await Data.SnapshotAsync(Ct);
        await EveryPathAnswersAsTheSnapshotAsync(store, stage + ", from the loaded snapshot", () => Assert.NotNull(Data.Loaded));
    }

    [Fact]
    public async Task A_bad_filter_is_a_400_and_an_actor_nobody_knows_a_404_as_before()
    {
        await fx.Client.GetJsonAsync("/api/timeline/rus?sphere=cosmic", HttpStatusCode.BadRequest);
        await fx.Client.GetJsonAsync("/api/timeline/rus?from=2022&to=2020", HttpStatusCode.BadRequest);
        await fx.Client.GetJsonAsync("/api/timeline/atlantis", HttpStatusCode.NotFound);
        await fx.Client.GetJsonAsync("/api/timeline/rus?other=atlantis", HttpStatusCode.NotFound);
    }

    private async Task VerdictAsync(string claimId, string rest)
    {
        var (status, body) = await fx.Client.PostJsonAsync("/api/verdicts", $$"""{"claim_id":"{{claimId}}",{{rest[1..]}}""");
        Assert.True(status == HttpStatusCode.Created, $"verdict on {claimId}: {(int)status} {body}");
    }

    /// <summary>
    /// Each path's body against the timeline a fresh snapshot of every claim gives, written with the server's JSON options.
    /// Each pass asks with its own (ignored) parameter, so the response cache cannot answer with another pass's body.
    /// </summary>
    private async Task EveryPathAnswersAsTheSnapshotAsync(IEntenteStore store, string stage, Action beforeEach)
    {
        var json = fx.Server.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var snapshot = await GraphSnapshot.LoadAsync(store, WorkbenchFixture.Knowledge, null, Ct);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var pass = Guid.NewGuid().ToString("N");
        foreach (var path in Paths)
        {
            beforeEach();
            using var response = await fx.Client.GetAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "pass=" + pass, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{stage}, GET {path}: {(int)response.StatusCode} {body}");
            Assert.Equal(Expected(snapshot, path, json), body);
            distinct.Add(body);
        }
        // The paths ask different questions (on this small corpus some filters keep the same claims): were the answers
        // all alike, equality would prove little.
        Assert.True(distinct.Count >= 20, $"{stage}: only {distinct.Count} distinct answers");
    }

    private static string Expected(GraphSnapshot snapshot, string path, JsonSerializerOptions json)
    {
        var uri = new Uri("http://x" + path);
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        int? Year(string name) => query[name] is { } y ? int.Parse(y, System.Globalization.CultureInfo.InvariantCulture) : null;
        var (filter, error) = new ViewFilter
        {
            Sphere = query["sphere"],
            Certainty = query["certainty"],
            From = Year("from"),
            To = Year("to"),
            Rollup = query["rollup"] is { } r ? bool.Parse(r) : null,
        }.ToFilter();
        Assert.True(filter is not null, error);
        var a = snapshot.Resolve(Uri.UnescapeDataString(uri.AbsolutePath.Split('/')[^1]))!;
        var b = query["other"] is { } other ? snapshot.Resolve(other) : null;
        return JsonSerializer.Serialize(snapshot.Timeline(a.Id, b?.Id, null, filter), json);
    }
}

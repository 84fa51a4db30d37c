using System.Net;

namespace Entente.Web.Tests;

/// <summary>The home page's overview is cached like the graph's answers; a verdict must still show at once. Own database.</summary>
public sealed class OverviewAfterVerdictTests(WorkbenchFixture fx) : IClassFixture<WorkbenchFixture>
{
    [Fact]
    public async Task A_rejection_leaves_the_claim_counts_and_the_review_backlog_of_the_next_overview()
    {
        var before = await fx.Client.GetJsonAsync("/api/overview");
        using (var cached = await fx.Client.GetAsync("/api/overview", TestContext.Current.CancellationToken))
            Assert.Equal("hit", cached.Headers.GetValues("X-Entente-Cache").Single());
        var claim = (await fx.Client.GetJsonAsync("/api/relations/usa/irn")).GetProperty("claims").Items().Single().Str("id");

        var (status, _) = await fx.Client.PostJsonAsync("/api/verdicts", $$"""{"claim_id":"{{claim}}","kind":"reject"}""");
        Assert.Equal(HttpStatusCode.Created, status);

        var after = await fx.Client.GetJsonAsync("/api/overview");
        Assert.Equal(before.GetProperty("claims").GetInt32() - 1, after.GetProperty("claims").GetInt32());
        Assert.Equal(before.GetProperty("open_review").GetInt64() - 1, after.GetProperty("open_review").GetInt64());
        // The sanction was the only hostile claim.
        Assert.DoesNotContain(after.GetProperty("by_sphere").Items(), s => s.Str("sphere") == "hostile");
    }
}

using System.Net;

namespace Entente.Web.Tests;

/// <summary>Verdicts change what the views show, so these tests have a database of their own.</summary>
public sealed class VerdictApiTests(WorkbenchFixture fx) : IClassFixture<WorkbenchFixture>
{
    private async Task<string> ClaimIdAsync(string sentence)
    {
        var ev = await fx.Client.GetJsonAsync("/api/relations/rus/irn");
        return ev.GetProperty("claims").Items().Single(c => c.Str("sentence") == sentence).Str("id");
    }

    private async Task<int> RussiaIranClaimsAsync() =>
        (await fx.Client.GetJsonAsync("/api/graph/irn")).GetProperty("edges").Items().Single(e => e.Str("id") == "irn|rus").GetProperty("claims").GetInt32();

    [Fact]
    public async Task A_rejected_claim_leaves_the_graph_and_the_review_queue()
    {
        var id = await ClaimIdAsync(FixtureCorpus.ReachedSentence);
        var before = await RussiaIranClaimsAsync();
        var queueBefore = (await fx.Client.GetJsonAsync("/api/review")).GetProperty("remaining").GetInt64();

        var (status, verdict) = await fx.Client.PostJsonAsync("/api/verdicts", $$"""{"claim_id":"{{id}}","kind":"reject","note":"single anonymous source"}""");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("reject", verdict.Str("kind"));
        Assert.Equal("tester", verdict.Str("analyst"));
        Assert.Equal(fx.Clock.Now, verdict.GetProperty("at").GetDateTimeOffset());

        Assert.Equal(before - 1, await RussiaIranClaimsAsync());
        Assert.Equal(queueBefore - 1, (await fx.Client.GetJsonAsync("/api/review")).GetProperty("remaining").GetInt64());
        var stored = await fx.Client.GetJsonAsync("/api/verdicts?claim=" + id);
        Assert.Equal("single anonymous source", Assert.Single(stored.Items()).Str("note"));
    }

    [Fact]
    public async Task A_correction_replaces_the_claim_in_every_view()
    {
        var ev = await fx.Client.GetJsonAsync("/api/relations/rus/irn");
        var id = ev.GetProperty("claims").Items().Single(c => c.Str("sentence").StartsWith("Russia met", StringComparison.Ordinal)).Str("id");
        var (status, verdict) = await fx.Client.PostJsonAsync("/api/verdicts",
            $$$"""{"claim_id":"{{{id}}}","kind":"correct","correction":{"relation":"visit","certainty":"reported","time":"2021-06","time_to":"2021-08"}}""");
        Assert.Equal(HttpStatusCode.Created, status);
        var fixedClaim = verdict.GetProperty("correction");
        Assert.Equal("visit", fixedClaim.Str("relation"));
        Assert.Equal("2021-08-31", fixedClaim.GetProperty("time").Str("to"));

        var after = await fx.Client.GetJsonAsync("/api/relations/rus/irn");
        Assert.DoesNotContain(after.GetProperty("claims").Items(), c => c.Str("id") == id);
        var shown = after.GetProperty("claims").Items().Single(c => c.Str("sentence").StartsWith("Russia met", StringComparison.Ordinal));
        Assert.Equal("visit", shown.Str("relation"));
        Assert.Equal("reported", shown.Str("certainty"));
    }

    [Fact]
    public async Task An_accepted_claim_stays_and_leaves_the_queue()
    {
        var id = await ClaimIdAsync(FixtureCorpus.S300Sentence);
        var (status, _) = await fx.Client.PostJsonAsync("/api/verdicts", $$"""{"claim_id":"{{id}}","kind":"accept"}""");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(id, await ClaimIdAsync(FixtureCorpus.S300Sentence));
        var queue = await fx.Client.GetJsonAsync("/api/review?limit=200");
        Assert.DoesNotContain(queue.GetProperty("items").Items(), i => i.GetProperty("claim").Str("id") == id);
    }

    [Theory]
    [InlineData("""{"claim_id":"c-nope","kind":"accept"}""", HttpStatusCode.NotFound, "no claim 'c-nope'")]
    [InlineData("""{"claim_id":"@ID","kind":"correct"}""", HttpStatusCode.BadRequest, "a correction needs the corrected fields")]
    [InlineData("""{"claim_id":"@ID","kind":"correct","correction":{"relation":"hugging"}}""", HttpStatusCode.BadRequest, "unknown relation 'hugging'")]
    [InlineData("""{"claim_id":"@ID","kind":"correct","correction":{"subject":"atlantis"}}""", HttpStatusCode.BadRequest, "no entity 'atlantis'")]
    [InlineData("""{"claim_id":"@ID","kind":"correct","correction":{"time":"last spring"}}""", HttpStatusCode.BadRequest, "'last spring' is not a date")]
    public async Task A_bad_verdict_is_refused_with_a_reason(string body, HttpStatusCode expected, string detail)
    {
        var id = await ClaimIdAsync(FixtureCorpus.S300Sentence);
        var (status, problem) = await fx.Client.PostJsonAsync("/api/verdicts", body.Replace("@ID", id));
        Assert.Equal(expected, status);
        Assert.Contains(detail, problem.Str("detail"));
    }
}
